import { describe, expect, it } from 'vitest';
import { READING_CONFIDENCE } from './page-structure';
import { extractQuotes } from '../capture/attribution';
import { MISATTRIBUTION_MIN_CONFIDENCE } from './attribution-agreement';
import { readerClaims } from '../../test-support/verify/reader-claims';
import { UNCLOSED_PENALTY, withReportedVoices } from './reported-voices';

const known = {
  people: [
    { id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] },
    { id: 'saffron-cordery', name: 'Saffron Cordery', aliases: ['Ms Cordery'] },
  ],
  organisations: [
    { id: 'bma', name: 'British Medical Association', aliases: ['BMA', 'the BMA'] },
    { id: 'kings-fund', name: "The King's Fund", aliases: ["the King's Fund"] },
  ],
};
const read = (text: string) => withReportedVoices(text, extractQuotes(text, known), known);

// Real sentences (Pulse, 2011; The Times, 2021), as the reader leaves them.
const MOTION = [
  'The BMA is to call on health secretary Andrew Lansley to withdraw the Health and Social Care Bill.',
  "In the first significant policy move at today's Special Representative Meeting, a motion was passed calling on the Government to ‘call a halt to the proposed top down reoganisation of the NHS'.",
  "Representives voted overhwelmingly for the legislation to be withdrawn and called on the Government to ‘consider and act on the criticisms and advice from the medical profession.'",
].join('\n\n');

describe('known voices for quotations the attribution reader gives to nobody', () => {
  it('gives reported speech to the one known voice named since the previous quotation, and a following reported quotation too', () => {
    const [first, second] = read(MOTION);
    expect(first).toMatchObject({ organisationId: 'bma', organisationName: 'British Medical Association', confidence: READING_CONFIDENCE });
    expect(second).toMatchObject({ organisationId: 'bma', confidence: READING_CONFIDENCE });
  });

  it('is never sure enough to call words misattributed when two known voices are named, and names nobody when the sentence reports no speech', () => {
    // The reader credits a motion to the organisation named last (lib/capture), below the confidence a misattribution needs.
    const two = MOTION.replace('health secretary Andrew Lansley', "the King's Fund");
    expect(read(two)[0]?.confidence ?? 0).toBeLessThan(MISATTRIBUTION_MIN_CONFIDENCE);
    const noSpeech = 'The BMA met today.\n\nThe meeting heard about ‘the proposed top down reoganisation of the NHS’ at length.';
    expect(read(noSpeech)[0]?.organisationId).toBeUndefined();
  });

  it('does not continue a reported voice past a quotation the reader gave to someone else', () => {
    const text = `${MOTION.split('\n\n').slice(0, 2).join('\n\n')}\n\nDr Ian Banks said: "We cannot go on being ignored by ministers."\n\n${MOTION.split('\n\n')[2]}`;
    const quotes = read(text);
    expect(quotes[1]?.speakerName).toBe('Ian Banks');
    expect(quotes[2]?.organisationId).toBeUndefined();
  });

  it('takes back the reader’s penalty for a quotation the text ends inside, and only there', () => {
    const cut =
      'Chris Hopson, chief executive of NHS Providers, told Times Radio that concerns were building.\n\n“We’re expecting to see a combination of probably higher levels of Covid and higher levels of flu,” he said. “At the same time, we’re trying to do all of that care backlog recovery . . . The accident and emergency pathway is';
    const plain = extractQuotes(cut, known);
    const read2 = read(cut);
    expect(read2[1]?.personId).toBe('chris-hopson');
    expect(read2[1]?.confidence).toBeCloseTo((plain[1]?.confidence ?? 0) + 0.1);
    expect(read2[0]?.confidence).toBe(plain[0]?.confidence);
  });

  it('takes back the penalty for a quotation whose paragraph ends with no closing mark (a press release’s pull quote follows), not one cut short mid-sentence', () => {
    // NHS Providers' release (2020), as the page carries it: the quotation's last paragraph drops its closing mark.
    const release = [
      'Commenting one year on from the publication of the NHS long term plan, the deputy chief executive of NHS Providers, Saffron Cordery said:',
      '“A year ago, trust leaders welcomed the broad vision and ambitious programme of transformation for a 21st-century health service set out in the NHS long term plan.',
      'Saffron Cordery    Deputy Chief Executive',
      '“However the questions they raised then - about the need to prioritise these ambitions, and to set out clearly what should be delivered, by when, within the funding and workforce constraints - still remain. ',
      '“While we have seen some positive announcements on capital investment into health service buildings, IT and equipment, we have a long way to go to cover years of underinvestment in order to rebuild our NHS.',
      'While we have seen some positive announcements on capital investment into health service buildings, IT and equipment, we have a long way to go to cover years of underinvestment in order to rebuild our NHS.',
    ].join('\n\n');
    // The reader's claims, as it may make them: her own quotation, then its continuation less the unclosed-mark penalty.
    const claims = readerClaims(release, [
      { speakerName: 'Saffron Cordery', personId: 'saffron-cordery', confidence: 0.8 },
      { speakerName: 'Saffron Cordery', personId: 'saffron-cordery', confidence: READING_CONFIDENCE - UNCLOSED_PENALTY },
    ]);
    const [, continued] = withReportedVoices(release, claims, known);
    expect(continued).toMatchObject({ personId: 'saffron-cordery', confidence: READING_CONFIDENCE });
    // Sloppy copy: a straight mark opening a word ends the open quotation mid-sentence; where it ends is a guess.
    const sloppy = 'Saffron Cordery said: "We will not be able to deliver on these ambitions and we risk setting the NHS up to fail "if we do not turn around the severe workforce challenges." She went on.';
    const cut = readerClaims(sloppy, [{ speakerName: 'Saffron Cordery', personId: 'saffron-cordery', confidence: 0.8 }]);
    expect(withReportedVoices(sloppy, cut, known)[0]?.confidence).toBe(0.8);
  });

  it('leaves reported speech to a name the corpus does not know when that name is the speech verb’s subject', () => {
    // The Guardian (2019), two of its sentences: Instagram speaks a paragraph after the Health Secretary is named.
    const people = { people: [{ id: 'matt-hancock', name: 'Matt Hancock', aliases: ['Mr Hancock'] }], organisations: [] };
    const page = [
      'Matt Hancock, the health secretary, has warned companies including Facebook, Google and Twitter that he will use the law to force them to act should they fail to remove inappropriate content.',
      'Instagram has said it “does not allow content that promotes or glorifies self-harm or suicide and will remove content of this kind”.',
    ].join('\n\n');
    expect(withReportedVoices(page, readerClaims(page, []), people)[0]?.personId).toBeUndefined();
    // Through something that is not a name, the same words are still the known voice's.
    const body = page.replace('Instagram has said it', 'A statement said it');
    expect(withReportedVoices(body, readerClaims(body, []), people)[0]).toMatchObject({ personId: 'matt-hancock', confidence: READING_CONFIDENCE });
  });

  it('reads the items of a list its introduction reports (“the LGA called for:”) as that voice’s, and no list an introduction not ending in a colon opens', () => {
    // Local Government Lawyer on the LGA's funding projections (unseen-7, tuning pool since stop 19), verbatim.
    const LGA = { id: 'local-government-association', name: 'Local Government Association', aliases: ['LGA', 'the LGA'] };
    const list = [
      'In addition to asking the Government for an immediate injection of money to meet rising demands for adult care, the LGA called for:',
      '',
      '  • A fairer funding system “with clarity about what the public and the state is expected to contribute towards care costs”;',
      '  • A simpler legal framework for care and support to make the system easier to understand and navigate;',
      '  • Adequate resource for the system and recognition that structural reform and increased funding "must go hand in hand".',
    ].join('\n');
    const lga = { people: [], organisations: [LGA] };
    const readList = (text: string) => withReportedVoices(text, readerClaims(text, []), lga);
    expect(readList(list).map((p) => p.organisationId)).toEqual(['local-government-association', 'local-government-association']);
    expect(readList(list)[1]?.confidence).toBe(READING_CONFIDENCE);
    expect(readList(list.replace('called for:', 'called for these.')).map((p) => p.organisationId)).toEqual([undefined, undefined]);
    expect(readList(list.replace('the LGA called for:', 'the LGA set out its figures and the list is as follows:')).map((p) => p.organisationId)).toEqual([undefined, undefined]);
  });
});

