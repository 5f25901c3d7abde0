import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_PAGE_EXPECTED, NEWS_PAGE_TEXT } from '../../test-support/verify/news-page';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { installCorpus } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import { buildPageReport } from '../storage/page-report';
import { openTestDatabase } from '../storage/test-db';
import { rebuildTextIndex, textIndexStore } from '../storage/text-index';
import { knownNames } from './known-names';
import { namedPeopleReport, verifyPage } from './page-verification';
import { tallyOf } from './verification';

const corpus = loadBundledCorpus();
const PAGE = 'http://127.0.0.1:9/news/reactions';

describe('verifying a page’s quotations (through the page report)', () => {
  let db: PolicyLensDb;
  const verify = async (text: string, url = PAGE) => (await buildPageReport(db, textIndexStore(db), { urls: [url], text }))?.verification;

  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
    await rebuildTextIndex(db);
  });
  afterAll(() => db.delete());

  it('finds one misattributed, one altered and one unsourced quotation, and verifies the rest', async () => {
    const results = (await verify(NEWS_PAGE_TEXT)) ?? [];
    expect(results.map((v) => ({ claimant: v.attributedTo?.name, status: v.status }))).toEqual(NEWS_PAGE_EXPECTED);
    expect(tallyOf(results)).toEqual({ verified: 2, misattributed: 1, altered: 1, unsourced: 1 });
  });

  it('names both speakers and the source of a misattributed quotation', async () => {
    const misattributed = (await verify(NEWS_PAGE_TEXT))?.find((v) => v.status === 'misattributed');
    expect(misattributed).toMatchObject({
      id: 'q-nagpaul-2021-2',
      attributedTo: { name: 'Matt Hancock', personId: 'matt-hancock' },
      source: { speaker: 'Chaand Nagpaul', statement: { publishedDate: '2021-02-11' } },
      explanation: 'Attributed here to Matt Hancock, but in the source these are Chaand Nagpaul’s words.',
    });
    expect(misattributed?.source?.statement.url).toMatch(/^https:/);
  });

  it('shows an altered quotation’s change word by word, with the stronger flag for a lost qualifier', async () => {
    const altered = (await verify(NEWS_PAGE_TEXT))?.find((v) => v.status === 'altered');
    expect(altered?.changes).toEqual([{ kind: 'changed', page: 'will', source: 'could', atEllipsis: false, sense: ['could'] }]);
    expect(altered?.senseChanged).toBe(true);
    expect(altered?.explanation).toBe(
      'The page changes Richard Murray’s words (word by word: 1 changed); the change touches “could”, which changes the sense.',
    );
  });

  it('says which statements were searched for an unsourced quotation', async () => {
    const unsourced = (await verify(NEWS_PAGE_TEXT))?.find((v) => v.status === 'unsourced');
    // The page's known quotes are all from the LBC report on the 2021 white paper: that is the page's event.
    expect(unsourced?.checked).toEqual({ statements: 1, scope: 'event', event: 'Integration and innovation white paper (2021)', forEvent: 1 });
    expect(unsourced?.explanation).toBe(
      'Attributed here to Jonathan Ashworth, but no statement of theirs in the corpus has these words (searched 1 statement for Integration and innovation white paper (2021)).',
    );
    expect(NEWS_PAGE_TEXT.slice(unsourced!.ranges[0]!.start, unsourced!.ranges[0]!.end)).toBe(unsourced!.asQuoted);
  });

  it('does not flag a quotation by someone the corpus does not know', async () => {
    const results = (await verify(NEWS_PAGE_TEXT)) ?? [];
    expect(results.some((v) => v.attributedTo?.name === 'Jane Example')).toBe(false);
  });

  // Nigel Edwards's press release (Nuffield Trust, 2022-02-09), quoted with ellipses.
  const EDWARDS = 'Nigel Edwards, chief executive of the Nuffield Trust, said:';

  it('verifies a quotation shortened with an ellipsis that leaves out no negation or qualifier', async () => {
    const text = `${EDWARDS} "While good work is already underway … it is not clear that lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt."`;
    const [result] = (await verify(text)) ?? [];
    expect(result).toMatchObject({ status: 'verified', attributedTo: { personId: 'nigel-edwards' }, changes: [] });
    expect(result?.elisions).toHaveLength(1);
  });

  it('flags words stitched across an ellipsis that hides a negation, as the stronger flag', async () => {
    const text = `${EDWARDS} "While good work is already underway at a local level, it is … clear that lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt."`;
    const [result] = (await verify(text)) ?? [];
    expect(result).toMatchObject({ status: 'altered', senseChanged: true });
    expect(result?.explanation).toBe('The page changes Nigel Edwards’s words (word by word: 1 removed); an ellipsis hides “not”, which changes the sense.');
  });

  it('checks a quotation that only reuses a phrase of a known quote as a quotation of its own (unsourced)', async () => {
    // The King's Fund's press release on the Health and Care Bill (July 2021) reuses a phrase of Richard Murray's February words.
    const text = readFileSync(new URL('../../test-support/capture/dev-set/pages/kingsfund-bill-ministerial-interference.txt', import.meta.url), 'utf8');
    const murray = (await verify(text))?.find((v) => v.attributedTo?.personId === 'richard-murray');
    expect(murray).toMatchObject({ status: 'unsourced', checked: { statements: 1 } });
    expect(murray?.asQuoted).toMatch(/^These are important reforms/);
  });

  it('checks the quotations of a page with no known quote that names a known person', async () => {
    // Labour's press release of 7 February 2018 (test-support/verify/unseen/): Jonathan Ashworth, in words the corpus lacks.
    const text = readFileSync(new URL('../../test-support/verify/unseen/pages/labour-ashworth-never-for-sale.txt', import.meta.url), 'utf8');
    expect(await verify(text)).toBeUndefined(); // the page report alone: no known quote
    const report = await namedPeopleReport(db, knownNames(db), text);
    expect(report?.found).toEqual([]);
    expect(report?.verification).toMatchObject([{ status: 'unsourced', attributedTo: { personId: 'jonathan-ashworth' }, checked: { scope: 'all', statements: 1 } }]);
  });

  it('does not check a later Health Secretary’s words as Matt Hancock’s (“the Health Secretary” is his alias in the corpus)', async () => {
    // Sajid Javid's words as LocalGov reported them (2021, tuning half), the page calling him by his title only.
    const text =
      'The Health Secretary told the Local Government Association (LGA) virtual conference that his first priority was the pandemic.\n\n' +
      'But he added: ‘I’m not simply the COVID secretary. I am the secretary of state for health and social care.’';
    expect(await namedPeopleReport(db, knownNames(db), text)).toBeNull();
    const r = await verifyPage(db, text, [], undefined);
    expect(r.filter((v) => v.status !== 'unattributed')).toEqual([]);
  });

  it('checks a later Health Secretary’s words as nobody’s on a page dated after Matt Hancock’s statements too', async () => {
    // The same words under a dateline months after the corpus's statements of his (all of 11 February 2021).
    const text =
      '8 July 2021\n\nThe Health Secretary told the Local Government Association (LGA) virtual conference that his first priority was the pandemic.\n\n' +
      'But he added: ‘I’m not simply the COVID secretary. I am the secretary of state for health and social care.’';
    expect(await namedPeopleReport(db, knownNames(db), text)).toBeNull();
    expect((await verifyPage(db, text, [], undefined)).filter((v) => v.status !== 'unattributed')).toEqual([]);
  });

  it('reads “the Health Secretary” as Matt Hancock on a page dated the day of his statements, and not the staff’s thoughts as his', async () => {
    // Future Care Capital's column of 11 February 2021 (test-support/verify/unseen-2/), which never names him.
    const text = readFileSync(new URL('../../test-support/verify/unseen-2/pages/futurecarecapital-reorganisation-pandemic.txt', import.meta.url), 'utf8');
    const report = await namedPeopleReport(db, knownNames(db), text);
    expect(report?.verification?.filter((v) => v.status !== 'unattributed')).toMatchObject([
      { status: 'unsourced', asQuoted: 'no better time than now', attributedTo: { personId: 'matt-hancock' } },
    ]);
  });

  it('reads no attribution on a page that names nobody the corpus knows', async () => {
    const names = knownNames(db);
    expect(await namedPeopleReport(db, names, 'A local campaigner, Jane Example, said: "We will be watching closely to see what this means."')).toBeNull();
  });

  it('leaves a page with no known quotation unverified', async () => {
    expect(await verify('A local campaigner, Jane Example, said: "We will be watching closely to see what this means."')).toBeUndefined();
  });

  it('does not verify the statement against itself', async () => {
    const lbc = corpus.statements.find((s) => s.id === 'lbc-integration-plans-2021-02-11')!;
    expect(await verify(lbc.text, lbc.canonicalUrl)).toBeUndefined();
  });
});
