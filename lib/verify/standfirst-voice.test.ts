import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';
import { withStandfirstVoice } from './standfirst-voice';

const people = [{ id: 'ian-hudspeth', name: 'Ian Hudspeth', aliases: ['Cllr Hudspeth'] }];

// The LGA's release on the Care and Support Alliance's survey (unseen-4, tuning pool since stop 16), verbatim;
// the sentence naming someone else is Calderdale Council's (unseen-4 too).
const HEADLINE = 'LGA responds to survey by the Care and Support Alliance';
const STANDFIRST = 'Cllr Ian Hudspeth, Chairman of the Local Government Association’s Community Wellbeing Board, responds to survey by the Care and Support Alliance.';
const FIRST = '“With people living longer, increases in costs and decreases in funding, adult social care is at breaking point.';
const LAST = '“Action is needed now. The Government needs to address immediate funding pressures impacting on the system today and ensure its Green Paper will deliver reforms to future-proof the long term sustainability of adult social care.”';
const TITLE = '\'The lives we want to lead\'';

function read(text: string) {
  const spans = findQuotationSpans(text);
  return withStandfirstVoice(text, readerClaims(text, []), spans, peopleNamed(text, people, spans));
}

describe('a release’s standfirst speaker', () => {
  it('speaks the quotation paragraphs that follow with no attribution of their own', () => {
    const [quoted] = read([HEADLINE, STANDFIRST, 'View allAdult social care articles', FIRST, LAST].join('\n\n'));
    expect(quoted).toMatchObject({ personId: 'ian-hudspeth', confidence: READING_CONFIDENCE });
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('does not speak a title, which ends on a word, nor a quotation inside a sentence', () => {
    const [title, inSentence] = read([HEADLINE, STANDFIRST, TITLE, `The survey found ${FIRST}”`].join('\n\n'));
    expect(title?.personId).toBeUndefined();
    expect(inSentence?.personId).toBeUndefined();
  });

  it('does not speak past someone else the page names, nor for a person named first without a speech verb', () => {
    const [afterOther] = read([HEADLINE, STANDFIRST, 'Please find below a supporting statement from Robin Tuddenham:', FIRST, LAST].join('\n\n'));
    expect(afterOther?.personId).toBeUndefined();
    const [noVerb] = read([HEADLINE, 'Cllr Ian Hudspeth, Chairman of the Local Government Association’s Community Wellbeing Board.', FIRST, LAST].join('\n\n'));
    expect(noVerb?.personId).toBeUndefined();
  });
});
