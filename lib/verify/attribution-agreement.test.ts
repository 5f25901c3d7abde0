import { describe, expect, it } from 'vitest';
import type { ProposedQuote } from '../capture/attribution';
import { attributionAgreement, claimantOf } from './attribution-agreement';

const WORDS = 'Proposals for sweeping reorganisation on such a scale will need greater time for consideration';
const proposal = (fields: Partial<ProposedQuote>): ProposedQuote => ({ text: WORDS, start: 0, end: WORDS.length, confidence: 0.9, ...fields });
// Chaand Nagpaul, for the BMA (LBC, 2021-02-11).
const NAGPAUL = { personId: 'chaand-nagpaul', personName: 'Chaand Nagpaul', organisationId: 'bma' };
const nobodySpeaksFor = () => false;

describe('attributionAgreement', () => {
  it('agrees when the page names the source’s speaker', () => {
    expect(attributionAgreement(proposal({ personId: 'chaand-nagpaul', speakerName: 'Chaand Nagpaul' }), NAGPAUL, nobodySpeaksFor)).toBe('agrees');
  });

  it('differs when the page names another known person', () => {
    expect(attributionAgreement(proposal({ personId: 'matt-hancock', speakerName: 'Matt Hancock' }), NAGPAUL, nobodySpeaksFor)).toBe('differs');
  });

  it('differs when the page names someone the corpus does not know, unless the surname is the speaker’s', () => {
    expect(attributionAgreement(proposal({ speakerName: 'Jane Example' }), NAGPAUL, nobodySpeaksFor)).toBe('differs');
    expect(attributionAgreement(proposal({ speakerName: 'Dr C. Nagpaul' }), NAGPAUL, nobodySpeaksFor)).toBe('agrees');
  });

  it('agrees when the speaker’s organisation speaks, differs for another organisation', () => {
    expect(attributionAgreement(proposal({ organisationId: 'bma', organisationName: 'British Medical Association' }), NAGPAUL, nobodySpeaksFor)).toBe('agrees');
    expect(attributionAgreement(proposal({ organisationId: 'kings-fund', organisationName: "The King's Fund" }), NAGPAUL, nobodySpeaksFor)).toBe('differs');
  });

  it('agrees when a person who speaks for the organisation is named for an organisation’s own words', () => {
    const department = { organisationId: 'dhsc' };
    const speaksFor = (person: string, organisation: string) => person === 'matt-hancock' && organisation === 'dhsc';
    expect(attributionAgreement(proposal({ personId: 'matt-hancock', speakerName: 'Matt Hancock' }), department, speaksFor)).toBe('agrees');
  });

  it('calls a guess unclear rather than a misattribution', () => {
    const guess = proposal({ personId: 'matt-hancock', speakerName: 'Matt Hancock', confidence: 0.45 });
    expect(attributionAgreement(guess, NAGPAUL, nobodySpeaksFor)).toBe('unclear');
    expect(attributionAgreement(proposal({}), NAGPAUL, nobodySpeaksFor)).toBe('unclear');
  });
});

describe('claimantOf', () => {
  it('names the person, else the organisation, else nobody', () => {
    expect(claimantOf(proposal({ personId: 'matt-hancock', speakerName: 'Matt Hancock', organisationId: 'dhsc' }))).toEqual({
      name: 'Matt Hancock',
      personId: 'matt-hancock',
      organisationId: 'dhsc',
    });
    expect(claimantOf(proposal({ organisationName: 'Acme Health Trust' }))).toEqual({ name: 'Acme Health Trust' });
    expect(claimantOf(proposal({}))).toBeUndefined();
  });
});
