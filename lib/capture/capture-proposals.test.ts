import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { manualProposal, proposeQuotes } from './capture-proposals';

const corpus = loadBundledCorpus();
const statement = (id: string) => corpus.statements.find((s) => s.id === id)!;

describe('proposeQuotes', () => {
  it('matches speakers and organisations to known records, with a suggested stance and its cue words', () => {
    const proposals = proposeQuotes(statement('lbc-integration-plans-2021-02-11').text, corpus.people, corpus.organisations);
    const dixon = proposals.find((p) => p.speakerId === 'jennifer-dixon');
    expect(dixon).toMatchObject({ include: true, speakerName: '', topicIds: [] });
    expect(dixon?.organisationId).toBeTruthy();
    const ashworth = proposals.find((p) => p.speakerId === 'jonathan-ashworth');
    expect(ashworth?.text).toContain('Boris Johnson must explain');
    expect(ashworth?.cues.length).toBeGreaterThan(0);
    expect(new Set(proposals.map((p) => p.key)).size).toBe(proposals.length);
  });

  it('proposes an opinion piece without quotation marks as its author’s own words', () => {
    const proposals = proposeQuotes(statement('nhs-providers-hopson-2021-02-12').text, corpus.people, corpus.organisations, 'Chris Hopson');
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.speakerId === 'chris-hopson')).toBe(true);
  });

  it('keeps an unknown speaker’s name for the analyst to confirm as a new person', () => {
    const text = 'Jane Smith, chief executive of the Care Providers Alliance, said: "We welcome this, but funding must follow."';
    const [proposal] = proposeQuotes(text, corpus.people, corpus.organisations);
    expect(proposal).toMatchObject({ speakerId: '', speakerName: 'Jane Smith', organisationName: 'Care Providers Alliance' });
  });
});

describe('manualProposal', () => {
  const text = statement('lbc-integration-plans-2021-02-11').text;
  it('adds the page’s own words as a quote, with a stance and topics suggested from them', () => {
    const added = manualProposal(text, '“go with the grain of what patients and staff across the health service all want to see”', [], corpus.topics);
    expect(added).toMatchObject({ proposal: { manual: true, include: true, speakerId: '', text: 'go with the grain of what patients and staff across the health service all want to see' } });
  });

  it('says why it cannot add words the page does not hold, nothing, or a quote already listed', () => {
    expect(manualProposal(text, 'words nobody said', [], corpus.topics)).toEqual({ error: expect.stringContaining('not in the page’s text') });
    expect(manualProposal(text, '   ', [], corpus.topics)).toEqual({ error: expect.stringContaining('Select or paste') });
    const first = manualProposal(text, 'go with the grain', [], corpus.topics);
    const existing = 'proposal' in first ? [first.proposal] : [];
    expect(manualProposal(text, 'go with the grain', existing, corpus.topics)).toEqual({ error: 'That quote is already in the list.' });
  });
});
