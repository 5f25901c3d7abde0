import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { withDashVoices } from './dash-voices';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';

// The Green Party's release of 2 October 2022 as UK Political Info stores it (capture's fresh set, tuning pool), verbatim.
// Carla Denyer is not in the corpus; she stands in for a known person here, to test the reading alone.
const DENYER = { id: 'carla-denyer', name: 'Carla Denyer', aliases: [] };
const BULLET = '    • Liz Truss instructing King Charles not to attend COP27 “a shameful end to the UK’s tenure as COP president” – Carla Denyer';
// The LGA's release on Panorama's "Crisis in Care" (verification's unseen-3, tuning pool): a dash before a title, verbatim.
const TITLE = "'The lives we want to lead' - the LGA green paper for adult social care and wellbeing";

function read(text: string) {
  const spans = findQuotationSpans(text);
  return withDashVoices(text, readerClaims(text, []), spans, peopleNamed(text, [DENYER], spans));
}

describe('a quotation attributed by a dash', () => {
  it('is the known person’s whose name follows the dash', () => {
    const [quoted] = read(BULLET);
    expect(quoted).toMatchObject({ personId: 'carla-denyer', confidence: READING_CONFIDENCE });
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('is nobody’s when no known name follows the dash straight away', () => {
    expect(read(TITLE)[0]?.personId).toBeUndefined();
    expect(read(BULLET.replace('” – Carla', '” and Carla'))[0]?.personId).toBeUndefined();
  });
});
