import { describe, expect, it } from 'vitest';
import { opensBodyNameOnPage } from './body-name-openings';

describe('opensBodyNameOnPage', () => {
  // Express & Star, fresh-11: a hospital's short name in a photo caption, its full name in the text.
  const page = 'Russells Hall, Dudley\nThe head of Dudley’s NHS Trust says people should expect a ‘very long wait’ at Russells Hall Hospital, with priority given to the most needy.';

  it('finds a name the page writes before a body’s noun', () => {
    expect(opensBodyNameOnPage('Russells Hall', page)).toBe(true);
  });

  it('leaves a name the page writes only as a name', () => {
    expect(opensBodyNameOnPage('Dudley', page)).toBe(false);
    expect(opensBodyNameOnPage('Diane Wake', 'Trust chief executive Diane Wake added: “If people do come to hospital with minor conditions, they could have a very long wait as our most poorly patients will be seen and tre')).toBe(false);
  });
});
