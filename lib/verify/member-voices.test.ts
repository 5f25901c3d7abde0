import { describe, expect, it } from 'vitest';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { findMentions } from '../capture/known-mentions';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { withMemberVoices } from './member-voices';

// The corpus's record (lib/corpus/corpus.json).
const LABOUR = { id: 'labour-party', name: 'Labour Party', aliases: ['Labour', 'the Labour Party'] };
// LBC on Liz Kendall and the care workers' badge (capture's fresh set 3, tuning pool), verbatim.
const MEMBER =
  '"I\'ve always argued that care workers should be as valued as much as those brilliant people that work in the NHS, will a badge make them feel valued? Or would some proper protection and a pay rise?" the Labour MP responded.';
/** The reader's claim: the party speaking. */
const PARTY = { organisationName: 'Labour Party', organisationId: 'labour-party', confidence: 0.7 };

function read(text: string) {
  const spans = findQuotationSpans(text);
  return withMemberVoices(text, readerClaims(text, [PARTY]), spans, findMentions(text, [LABOUR]), []);
}

describe('a party’s member speaking', () => {
  it('is the member, described and unknown to the corpus, not the party', () => {
    const [quoted] = read(MEMBER);
    expect(quoted?.organisationId).toBeUndefined();
    expect(quoted).toMatchObject({ speakerName: 'Labour MP' });
    expect(quoted?.personId).toBeUndefined();
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('leaves the party its words when the page has the party, or its spokesperson, speak', () => {
    expect(read(MEMBER.replace('the Labour MP responded', 'Labour responded'))[0]?.organisationId).toBe('labour-party');
    expect(read(MEMBER.replace('the Labour MP responded', 'a Labour spokesperson responded'))[0]?.organisationId).toBe('labour-party');
  });
});

describe('a party inside a known person’s role alias', () => {
  // The corpus's record, with its role alias as on a page that names him (name-forms.ts's peopleForPage).
  const ASHWORTH = { id: 'jonathan-ashworth', name: 'Jonathan Ashworth', aliases: ['Jon Ashworth', 'Mr Ashworth', 'the shadow health secretary'] };
  // The Evening Standard on Jonathan Ashworth and contact tracing (verification's unseen-6), verbatim.
  const SHADOW =
    'The Labour shadow health secretary voiced support for NHS Test and Trace launched in England on Thursday morning as “the only way we can safely ease out of this lockdown”.';
  /** The reader's claim: the party, named in the quotation's sentence without a speech verb. */
  const SAME_SENTENCE = { ...PARTY, confidence: 0.45 };
  const readWith = (text: string, people: (typeof ASHWORTH)[]) =>
    withMemberVoices(text, readerClaims(text, [SAME_SENTENCE]), findQuotationSpans(text), findMentions(text, [LABOUR]), people);

  it('is the person who holds the role, at a reading’s confidence', () => {
    const [quoted] = readWith(SHADOW, [ASHWORTH]);
    expect(quoted).toMatchObject({ personId: 'jonathan-ashworth', speakerName: 'Jonathan Ashworth' });
    expect(quoted?.organisationId).toBeUndefined();
    expect(quoted?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('stays the party’s when the page does not name the role’s holder, or the words after the party are another role', () => {
    // Without the role alias (a page naming neither him nor dated in his time), nobody holds the role.
    expect(readWith(SHADOW, [{ ...ASHWORTH, aliases: ['Jon Ashworth', 'Mr Ashworth'] }])[0]?.organisationId).toBe('labour-party');
    expect(readWith(SHADOW.replace('shadow health secretary', 'shadow chancellor'), [ASHWORTH])[0]?.organisationId).toBe('labour-party');
  });
});
