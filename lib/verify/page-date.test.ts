import { describe, expect, it } from 'vitest';
import { pageDate } from './page-date';

describe('pageDate', () => {
  it('reads the dateline of a page’s opening in the shapes news pages write it', () => {
    // Future Care Capital's column on the 2021 white paper, as stored (test-support/verify/unseen-2/).
    expect(pageDate('I worry about the NHS workforce and its capacity to deal with another major shake-up\n\n11th February 2021 about a 4 minute read')).toBe('2021-02-11');
    expect(pageDate('Published: February 11, 2021. The Health Secretary set out his plans.')).toBe('2021-02-11');
    expect(pageDate('Updated 11 Feb 2021')).toBe('2021-02-11');
    expect(pageDate('2021-02-11T09:00:00Z · NHS reform')).toBe('2021-02-11');
  });

  it('takes the first date written, and none that is not a real day or stands beyond the opening', () => {
    expect(pageDate('3 March 2021, on the plans of 11 February 2021')).toBe('2021-03-03');
    expect(pageDate('31 February 2021')).toBeUndefined();
    expect(pageDate(`${'The Health Secretary set out his plans. '.repeat(20)}11 February 2021`)).toBeUndefined();
    expect(pageDate('The Health Secretary set out his plans.')).toBeUndefined();
  });
});
