// verifyQuotations on real pages whose quotations the page splits or continues over
// paragraphs (quotation-paragraphs.ts): one verdict per quotation on the page.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../capture/attribution';
import type { FoundQuote, QuoteView } from '../page-report';
import type { Claimant } from './verification';
import { type SourceText, verifyQuotations } from './verify-quotations';
import { LBC_REPORT } from '../../test-support/verify/fixtures';

const statement = LBC_REPORT;
// Curated quotes from LBC's report (the bundled corpus's words).
const HANCOCK =
  'The NHS and local government have long been calling for better integration and less burdensome bureaucracy, and this virus has made clear the time for change is now. "These changes will allow us to bottle the innovation and ingenuity of our brilliant staff during the pandemic, where progress was made despite the legal framework, rather than because of it. "The proposals build on what the NHS has called for and will become the foundations for a health and care system which is more integrated, more innovative and responsive, and more ready to respond to the challenges of tomorrow, from health inequalities to our ageing population.';
const MURRAY_1 = 'welcome shift away from the old legislative focus on competition between healthcare organisations, towards a new model of collaboration, partnership and integration';
const MURRAY_2 =
  'By sweeping away clunky competition and procurement rules, these new plans could give the NHS and its partners greater flexibility to deliver joined-up care to the increasing numbers of people who rely on multiple different services.';
const NAGPAUL_1 = 'now both physically and emotionally exhausted';
const NAGPAUL_2 =
  'Proposals for sweeping reorganisation on such a scale will need greater time for consideration and must not be rushed through while doctors are still tackling the winter surge in infections, hospitalisations and tragically, deaths.';

// Pages, verbatim: Civil Service World (11 Feb 2021), The King's Fund's release, GPonline.
const CIVIL_SERVICE_WORLD = `Hancock said the measures outlined in the white paper had been shaped by lessons from the coronavirus pandemic and would modernise the legal framework to make the health and care system “fit for the future”.

“The NHS and local government have long been calling for better integration and less burdensome bureaucracy, and this virus has made clear the time for change is now,” he said.

“These changes will allow us to build back better and bottle the innovation and ingenuity of our brilliant staff during the pandemic, where progress was made despite the legal framework, rather than because of it.`;
const KINGS_FUND = `Responding to the government's Integration and Innovation White Paper, Richard Murray, Chief Executive of The King’s Fund, said:
'Most important in these proposals is the welcome shift away from the old legislative focus on competition between health care organisations towards a new model of collaboration, partnership and integration. The White Paper marks a decisive step away from the coalition government's 2012 reforms.
'By sweeping away clunky competition and procurement rules, these new plans could give the NHS and its partners greater flexibility to deliver joined-up care to the increasing numbers of people who rely on multiple different services.
'The thrust of these reforms is about giving local health and care leaders the freedom to make decisions based on the needs of their local population. Yet, running counter to that ambition, ministers are also proposing they have the power to intervene earlier in local decisions about the opening and closing of NHS services. The government and national NHS leaders should be looking to step away from the damaging model of top-down command and control in the NHS.`;
const GPONLINE = `BMA chair Dr Chaand Nagpaul said: 'While the BMA supports greater collaboration within the NHS, our members and their colleagues need a real chance to assess these plans and their implications. On the back of a year in which doctors have gone above and beyond in responding to the greatest health crisis in a generation, they are now both physically and emotionally exhausted.

'Proposals for sweeping reorganisation on such a scale will need greater time for consideration and must not be rushed through while doctors are still tackling the winter surge in infections, hospitalisations and tragically, deaths.`;

interface Voice {
  personId: string;
  name: string;
  organisation: { id: string; name: string };
  quotes: Record<string, string>;
}
const HANCOCK_VOICE: Voice = { personId: 'matt-hancock', name: 'Matt Hancock', organisation: { id: 'dhsc', name: 'Department of Health and Social Care' }, quotes: { 'q-hancock': HANCOCK } };
const MURRAY_VOICE: Voice = { personId: 'richard-murray', name: 'Richard Murray', organisation: { id: 'kings-fund', name: "The King's Fund" }, quotes: { 'q-murray-1': MURRAY_1, 'q-murray-2': MURRAY_2 } };
const NAGPAUL_VOICE: Voice = { personId: 'chaand-nagpaul', name: 'Chaand Nagpaul', organisation: { id: 'bma', name: 'BMA' }, quotes: { 'q-nagpaul-1': NAGPAUL_1, 'q-nagpaul-2': NAGPAUL_2 } };

const sourceOf = (voice: Voice, id: string): SourceText => ({ text: voice.quotes[id] ?? '', hasContext: false, source: { quoteId: id, speaker: voice.name, statement } });

/** Verifies `page` with `located` (quote id → the page words the detector found it in) as the known quotes. */
function verify(page: string, voice: Voice, located: Record<string, [string, string]>) {
  const found = Object.entries(located).map(([id, [from, to]]): FoundQuote => {
    const start = page.indexOf(from);
    const end = page.indexOf(to, start) + to.length;
    const quote: QuoteView = { id, text: voice.quotes[id] ?? '', stance: 'supportive', topics: [], speaker: { id: voice.personId, name: voice.name }, organisation: voice.organisation, statement };
    return { quote, ranges: [{ start, end }], coverage: 1, asQuoted: page.slice(start, end), wordedDifferently: false };
  });
  const known = { people: [{ id: voice.personId, name: voice.name, aliases: [] }], organisations: [{ ...voice.organisation, aliases: [] }] };
  return verifyQuotations({
    text: page,
    proposals: extractQuotes(page, known),
    known: found.map((f) => ({ found: f, source: sourceOf(voice, f.quote.id) })),
    speaksFor: () => false,
    textsOf: (c: Claimant) =>
      c.personId === voice.personId ? { statementEvents: [statement.event.id], texts: Object.keys(voice.quotes).map((id) => sourceOf(voice, id)) } : undefined,
  });
}

describe('verifyQuotations, one verdict per quotation on the page', () => {
  it('verifies the faithful part of a known quote the page splits, and calls only the changed part altered', () => {
    const results = verify(CIVIL_SERVICE_WORLD, HANCOCK_VOICE, { 'q-hancock': ['The NHS and local', 'because of it.'] });
    // Capture's reader alone leaves "he said" to nobody (the page's pronoun reading gives it to Hancock): unattributed, not altered.
    expect(results.map((r) => [r.id.startsWith('q-hancock') ? r.id : 'quotation', r.status, r.asQuoted.slice(0, 14)])).toEqual([
      ['q-hancock', 'unattributed', 'The NHS and lo'],
      ['quotation', 'altered', 'These changes '],
    ]);
    expect(results[0]?.changes).toEqual([]);
    expect(results[1]?.changes).toMatchObject([{ kind: 'inserted', page: 'build back better and' }]);
  });

  it('checks each paragraph of a quotation continued over paragraphs: those the corpus holds are verified, the rest unsourced', () => {
    const results = verify(KINGS_FUND, MURRAY_VOICE, { 'q-murray-1': ['welcome shift', 'and integration'], 'q-murray-2': ['By sweeping', 'different services.'] });
    expect(results.map((r) => [r.status, r.asQuoted.slice(0, 14)])).toEqual([
      ['verified', 'Most important'],
      ['verified', 'By sweeping aw'],
      ['unsourced', 'The thrust of '],
    ]);
  });

  it('verifies a paragraph that holds a curated quote of its speaker whole, though the detector did not locate it', () => {
    const results = verify(GPONLINE, NAGPAUL_VOICE, { 'q-nagpaul-2': ['Proposals for', 'tragically, deaths.'] });
    expect(results.map((r) => [r.status, r.source?.quoteId])).toEqual([
      ['verified', 'q-nagpaul-1'],
      ['verified', 'q-nagpaul-2'],
    ]);
  });
});
