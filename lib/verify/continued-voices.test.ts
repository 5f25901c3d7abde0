import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_CONFIDENCE } from '../capture/attribution';
import { type Claim, readerClaims } from '../../test-support/verify/reader-claims';
import { findMentions } from '../capture/known-mentions';
import { withContinuedVoices } from './continued-voices';

// The corpus's record (lib/corpus/corpus.json).
const CONFED = { id: 'nhs-confederation', name: 'NHS Confederation', aliases: ['NHS Confed', 'the NHS Confederation', 'the Confederation'] };
const known = { people: [], organisations: [CONFED] };

// The Press Association's report as The Courier carries it (2022).
const REPORT = [
  'The NHS Confederation urged the Government to reconsider its “living with Covid” plan as it said that ministers risk “abandoning” the NHS if they do not take action.',
  'Asked about the view that NHS leaders felt abandoned by the Government, the spokeswoman said: “We are incredibly grateful to NHS staff who worked flat out throughout the pandemic and continue to do so in the face of Covid backlogs.”',
  'The NHS “is clearly under pressure” but the health and care levy will provide additional funding alongside £10 billion “to recover services and relieve Covid pressures”.',
].join('\n\n');
const CONFED_SPEAKS: Claim = { organisationName: 'NHS Confederation', organisationId: 'nhs-confederation', confidence: ATTRIBUTION_CONFIDENCE.organisation };
const CONFED_CONTINUES: Claim = { ...CONFED_SPEAKS, confidence: ATTRIBUTION_CONFIDENCE.continuation };
const SPOKESWOMAN: Claim = { role: 'spokeswoman', confidence: ATTRIBUTION_CONFIDENCE.organisation };
/** The reader's claims, as it may make them: the Confederation's two phrases, the spokeswoman's words, then two continuations handed back to the Confederation. */
const CLAIMS = [CONFED_SPEAKS, CONFED_SPEAKS, SPOKESWOMAN, CONFED_CONTINUES, CONFED_CONTINUES];
const last = (text: string, claims: readonly Claim[] = CLAIMS) =>
  withContinuedVoices(text, readerClaims(text, claims), { people: [], organisations: findMentions(text, known.organisations) }).at(-1);

describe('continuations across another speaker', () => {
  it('leaves to nobody a weak claim that skips back over another speaker’s quotation to a voice not named since', () => {
    expect(last(REPORT)).toMatchObject({ text: 'to recover services and relieve Covid pressures', confidence: ATTRIBUTION_CONFIDENCE.none });
    expect(last(REPORT)?.organisationId).toBeUndefined();
  });

  it('keeps it when the page names the voice again since, or nobody else spoke in between', () => {
    const namedAgain = REPORT.replace('The NHS “is clearly', 'The NHS Confederation added that the NHS “is clearly');
    expect(last(namedAgain)?.organisationId).toBe('nhs-confederation');
    const noOtherSpeaker = REPORT.split('\n\n').filter((_, i) => i !== 1).join('\n\n');
    expect(last(noOtherSpeaker, [CONFED_SPEAKS, CONFED_SPEAKS, CONFED_CONTINUES, CONFED_CONTINUES])).toMatchObject(CONFED_CONTINUES);
  });

  it('leaves to nobody a continuation falling on a title: a quotation opening its paragraph, ending on a word, then a caption', () => {
    // The LGA's release on Panorama's "Crisis in Care" (2019): Cllr Ian Hudspeth's last words, then its "More information".
    const hudspeth = { id: 'ian-hudspeth', name: 'Ian Hudspeth', aliases: [] };
    const release = [
      '“Work to find a long-term funding solution for adult social care has been kicked into the long grass by successive governments for the past two decades. This process must start now.”',
      'More information',
      '\'The lives we want to lead\' - the LGA green paper for adult social care and wellbeing',
    ].join('\n\n');
    const asHudspeth: Claim = { speakerName: 'Ian Hudspeth', personId: 'ian-hudspeth', confidence: ATTRIBUTION_CONFIDENCE.namedBefore };
    const continues: Claim = { ...asHudspeth, confidence: ATTRIBUTION_CONFIDENCE.continuation };
    const read = (text: string) => withContinuedVoices(text, readerClaims(text, [asHudspeth, continues]), { people: findMentions(text, [hudspeth]), organisations: [] }).at(-1);
    expect(read(release)).toMatchObject({ text: 'The lives we want to lead', confidence: ATTRIBUTION_CONFIDENCE.none });
    // Spoken words go on: ending on a stop, or followed by their attribution.
    expect(read(release.replace('want to lead\'', 'want to lead.\''))?.personId).toBe('ian-hudspeth');
    expect(read(release.replace('- the LGA green paper for adult social care and wellbeing', 'he added.'))?.personId).toBe('ian-hudspeth');
  });
});
