import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import { findQuotationSpans } from '../capture/quotation-spans';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { peopleNamed, READING_CONFIDENCE } from './page-structure';
import { withPronounVoices } from './pronoun-voices';
import { readerClaims } from '../../test-support/verify/reader-claims';
import {
  ANOTHER_MAN_NAMED as NAMED_IN_BETWEEN,
  HOPSON_FOLLOW_UP as FOLLOW_UP,
  HOPSON as HOPSON_PERSON,
  HOPSON_TOLD_HSJ as HOPSON,
  DROMEY_SAID,
  MORRIS_SAID,
  MORRIS_SLAMMED,
  MR_MORRIS_SPOKE_OUT,
  NEW_SPEAKER,
} from '../../test-support/verify/voice-lines';
import { genderOfName } from '../capture/person-names';

const known = { people: [HOPSON_PERSON], organisations: [] };
const read = (text: string) => {
  const spans = findQuotationSpans(text);
  return withPronounVoices(text, extractQuotes(text, known), spans, peopleNamed(text, known.people, spans));
};

describe('pronoun follow-ups', () => {
  it('gives “He also warned” to the last voice, not to a man merely named in between (the reader takes the last man named)', () => {
    const text = [HOPSON, NAMED_IN_BETWEEN, FOLLOW_UP].join('\n\n');
    expect(extractQuotes(text, known)[1]?.speakerName).toBe('Andrew Lansley');
    const followUp = read(text)[1];
    expect(followUp).toMatchObject({ personId: 'chris-hopson', speakerName: 'Chris Hopson', confidence: READING_CONFIDENCE });
    expect(followUp?.confidence).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
  });

  it('leaves it to a new speaker named in subject position of a sentence reporting speech', () => {
    const text = [HOPSON, NEW_SPEAKER, FOLLOW_UP].join('\n\n');
    expect(read(text)[1]?.personId).toBeUndefined();
  });

  it('does not give “she” to a man', () => {
    const text = [HOPSON, NAMED_IN_BETWEEN, FOLLOW_UP.replace('He also', 'She also')].join('\n\n');
    expect(read(text)[1]?.personId).toBeUndefined();
  });

  it('changes nothing the reader already gives to a known person or to someone named explicitly', () => {
    const text = [HOPSON, FOLLOW_UP].join('\n\n');
    expect(read(text)).toEqual(extractQuotes(text, known));
  });

  it('gives “He said” after an unknown person introduced as a sentence’s subject to that person, not back to the known voice before', () => {
    const text = [HOPSON, MORRIS_SLAMMED, MORRIS_SAID].join('\n\n');
    // Neither the name's gender nor speech in its sentence is read: the subject is enough.
    expect(genderOfName('Grahame Morris')).toBeUndefined();
    const said = read(text)[1];
    expect(said?.personId).toBeUndefined();
    expect(said?.speakerName).toBe('Grahame Morris');
  });

  it('still gives “He also warned” to the earlier voice: only someone who has spoken can “also” warn', () => {
    const text = [HOPSON, MORRIS_SLAMMED, FOLLOW_UP].join('\n\n');
    expect(read(text)[1]).toMatchObject({ personId: 'chris-hopson', confidence: READING_CONFIDENCE });
  });

  it('takes the pronoun from a known person the reader skipped back to, for the unknown person introduced since', () => {
    const dromey = { people: [{ id: 'joe-dromey', name: 'Joe Dromey', aliases: [] }], organisations: [] };
    const text = `${DROMEY_SAID} ${MORRIS_SLAMMED}\n\n${MORRIS_SAID}`;
    const spans = findQuotationSpans(text);
    const proposals = extractQuotes(text, dromey);
    // The reader reads the sentence ending in the closing mark as going on, so it skips Grahame Morris.
    expect(proposals.at(-1)?.personId).toBe('joe-dromey');
    const said = withPronounVoices(text, proposals, spans, peopleNamed(text, dromey.people, spans)).at(-1);
    expect(said).toMatchObject({ speakerName: 'Grahame Morris', confidence: READING_CONFIDENCE });
    expect(said?.personId).toBeUndefined();
  });

  it('keeps the pronoun with a known person introduced again by title and surname (“Mr Morris” for Grahame Morris), not with “someone else”', () => {
    const morris = { people: [{ id: 'grahame-morris', name: 'Grahame Morris', aliases: [] }], organisations: [] };
    const text = [MORRIS_SLAMMED, MR_MORRIS_SPOKE_OUT, MORRIS_SAID].join('\n\n');
    const spans = findQuotationSpans(text);
    const said = withPronounVoices(text, extractQuotes(text, morris), spans, peopleNamed(text, morris.people, spans)).at(-1);
    expect(said?.personId).toBe('grahame-morris');
  });

  it('reads “…,” he comments as a follow-up whatever the verb (a stored opening cut mid-word too), not a quotation ending its sentence', () => {
    // MiP's interview with Matthew Taylor (2022), where the stored opening stops.
    const taylor = { id: 'matthew-taylor', name: 'Matthew Taylor', aliases: ['Mr Taylor', 'Taylor'] };
    const page = { people: [taylor], organisations: [] };
    // The reader's claims, as it may make them: his own quotation, then Tony Blair (the last man named in the sentence, weakly).
    const readTaylor = (text: string) => {
      const spans = findQuotationSpans(text);
      const claims = readerClaims(text, [
        { speakerName: 'Matthew Taylor', personId: 'matthew-taylor', confidence: 0.85 },
        { speakerName: 'Tony Blair', confidence: 0.45 },
      ]);
      return withPronounVoices(text, claims, spans, peopleNamed(text, page.people, spans));
    };
    const interview = [
      '“People feel overwhelmed and demoralised. They’ve been through two years of COVID, and they’re in a situation now where it feels like winter in the middle of August,” says Matthew Taylor.',
      'Taylor has long focused on policy and public service delivery issues: he ran the Number 10 Policy Unit under Tony Blair, and has led both the IPPR think tank and the social issues research body, the RSA. In June 2021, he became chief executive of the NHS Confederation: the membership organisation for NHS bodies in England, Wales and Northern Ireland. “At my age, I wasn’t interested in walking into a system where there was a completely dysfunctional structure and a massive fight taking place,” he com',
    ].join('\n\n');
    expect(readTaylor(interview)[1]).toMatchObject({ personId: 'matthew-taylor', confidence: READING_CONFIDENCE });
    expect(readTaylor(interview.replace('” he com', '” he comments.'))[1]?.personId).toBe('matthew-taylor');
    // Ending its sentence, the quotation is not the pronoun's: "He" opens the next sentence.
    const ended = interview.replace('taking place,” he com', 'taking place.” He became its chief executive.');
    expect(readTaylor(ended)[1]?.personId).toBeUndefined();
  });

  it('does not carry a follow-up’s speaker to unclaimed quotations paragraphs later', () => {
    // Future Care Capital's column of 11 February 2021 (test-support/verify/unseen-2/): the staff's thoughts are nobody's words.
    const hancock = { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['the Health Secretary'] };
    const text = [
      'When the Health Secretary published his White Paper setting out how the NHS in England is to be reformed through another major restructure, he claimed there was “no better time than now” to do it.',
      'Thinking back to my own career in the NHS I experienced a few full-scale reorganisations plus a couple of smaller shake-ups.',
      'Whilst I relished the leadership opportunity around organisational change, I recall the disruption and huge uncertainty such reorganisations can cause at all levels.',
      'Staff can become consumed by thoughts of ‘how is this going to impact me?’ and ‘will I have a job at the end of this?’',
    ].join('\n\n');
    const spans = findQuotationSpans(text);
    const claims = readerClaims(text, []);
    const read = withPronounVoices(text, claims, spans, peopleNamed(text, [hancock], spans));
    expect(read.map((p) => p.personId)).toEqual(['matt-hancock', undefined, undefined]);
  });
});
