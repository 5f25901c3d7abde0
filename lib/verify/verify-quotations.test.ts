import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import type { FoundQuote, QuoteView } from '../page-report';
import type { Claimant } from './verification';
import { type SourceText, type VoiceTexts, verifyQuotations } from './verify-quotations';
import { LBC_REPORT } from '../../test-support/verify/fixtures';

// Real words: Sir Simon Stevens for NHS England, and Chris Hopson's op-ed (LBC and NHS Providers, February 2021).
const STEVENS = 'Our legislative proposals go with the grain of what patients and staff across the health service all want to see';
const HOPSON_OPED = 'This bill will take important steps to help ensure this integration of different care services happens faster and more consistently.';
const statement = LBC_REPORT;
const known = {
  people: [
    { id: 'simon-stevens', name: 'Simon Stevens', aliases: ['Sir Simon Stevens'] },
    { id: 'chris-hopson', name: 'Chris Hopson', aliases: [] },
  ],
  organisations: [{ id: 'nhs-england', name: 'NHS England', aliases: [] }],
};
const stevensView: QuoteView = {
  id: 'q-stevens',
  text: STEVENS,
  stance: 'supportive',
  topics: [],
  speaker: { id: 'simon-stevens', name: 'Simon Stevens' },
  organisation: { id: 'nhs-england', name: 'NHS England' },
  statement,
};
const stevensSource: SourceText = { text: STEVENS, hasContext: false, source: { quoteId: 'q-stevens', speaker: 'Simon Stevens', statement } };
const hopsonTexts: VoiceTexts = {
  statementEvents: [statement.event.id, 'another-event'],
  texts: [{ text: HOPSON_OPED, hasContext: true, source: { speaker: 'Chris Hopson', statement } }],
};

function verify(text: string, event?: { id: string; name: string }) {
  const start = text.indexOf(STEVENS.slice(0, 20));
  const found: FoundQuote[] =
    start < 0 ? [] : [{ quote: stevensView, ranges: [{ start, end: start + STEVENS.length }], coverage: 1, asQuoted: STEVENS, wordedDifferently: false }];
  return verifyQuotations({
    text,
    proposals: extractQuotes(text, known),
    known: found.map((f) => ({ found: f, source: stevensSource })),
    speaksFor: () => false,
    textsOf: (c: Claimant) => (c.personId === 'chris-hopson' ? hopsonTexts : c.personId === 'simon-stevens' ? { statementEvents: [statement.event.id], texts: [stevensSource] } : undefined),
    ...(event ? { event } : {}),
  });
}

describe('verifyQuotations', () => {
  it('verifies a known quote given to its speaker', () => {
    const [result] = verify(`Sir Simon Stevens said: "${STEVENS}."`);
    expect(result).toMatchObject({ id: 'q-stevens', status: 'verified', attributedTo: { personId: 'simon-stevens' } });
  });

  it('calls a known quote given to another known person misattributed', () => {
    const [result] = verify(`Chris Hopson said: "${STEVENS}."`);
    expect(result).toMatchObject({ status: 'misattributed', attributedTo: { name: 'Chris Hopson' }, source: { speaker: 'Simon Stevens' } });
  });

  it('calls a known quote with a word changed altered', () => {
    const [result] = verify(`Sir Simon Stevens said: "${STEVENS.replace('patients and staff', 'patients and managers')}."`);
    expect(result).toMatchObject({ status: 'altered', changes: [{ kind: 'changed', page: 'managers', source: 'staff' }] });
  });

  it('verifies a known person’s words found in one of their texts, and calls absent ones unsourced', () => {
    const results = verify(`Chris Hopson said: "${HOPSON_OPED}" He added: "Trusts will need more money this winter to keep patients safe."`);
    expect(results.map((r) => r.status)).toEqual(['verified', 'unsourced']);
    expect(results[1]?.checked).toEqual({ statements: 2, scope: 'all' });
  });

  it('searches the page event’s statements first and says so when the words are in none', () => {
    const page = `Chris Hopson said: "${HOPSON_OPED}" He added: "Trusts will need more money this winter to keep patients safe."`;
    const event = { id: statement.event.id, name: statement.event.shortName };
    const results = verify(page, event);
    expect(results.map((r) => r.status)).toEqual(['verified', 'unsourced']);
    expect(results[1]?.checked).toEqual({ statements: 2, scope: 'event', event: event.name, forEvent: 1 });
    expect(results[1]?.explanation).toBe(
      'Attributed here to Chris Hopson, but no statement of theirs in the corpus has these words (searched 1 statement for Integration and innovation white paper (2021), then their 1 statement on other events).',
    );
  });

  it('leaves people the corpus does not know, and words in no quotation marks, alone', () => {
    expect(verify('Jane Example said: "Trusts will need more money this winter to keep patients safe."')).toEqual([]);
    expect(verify(`Sir Simon Stevens spoke about the plans. ${STEVENS}.`)).toEqual([]);
  });
});
