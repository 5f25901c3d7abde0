import { describe, expect, it } from 'vitest';
import { compareWords, sharedWordsAtMost, wordCounts } from './compare-words';
import { quoteWords } from './quote-words';

// Real words from the seeds (Chaand Nagpaul for the BMA, Jennifer Dixon, Nigel Edwards, Chris Hopson).
const NAGPAUL =
  'Proposals for sweeping reorganisation on such a scale will need greater time for consideration and must not be rushed through while doctors are still tackling the winter surge in infections, hospitalisations and tragically, deaths.';
const DIXON =
  'One half of the proposals, to help local services collaborate better, could help improve care for patients and follows the direction NHS leaders are already taking.';
const EDWARDS_STATEMENT =
  'This White Paper has admirable aspirations, and rightly recognises the scale of the challenge to integrate services but much of it covers well-trodden ground. While good work is already underway at a local level, it is not clear that lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt.';

describe('compareWords', () => {
  it('finds nothing to report when the page quotes the words exactly, whatever the punctuation and case', () => {
    const page = 'proposals for sweeping reorganisation on such a scale will need greater time for consideration';
    expect(compareWords(page, NAGPAUL, false)).toMatchObject({ matched: 14, changes: [], elisions: [] });
  });

  it('reports a changed word, with the words on each side', () => {
    const page = NAGPAUL.replace('greater time', 'less time');
    const { changes } = compareWords(page, NAGPAUL, false);
    expect(changes).toEqual([{ kind: 'changed', page: 'less', source: 'greater', atEllipsis: false, sense: [] }]);
  });

  it('reports a dropped negation as a change to the sense', () => {
    const page = NAGPAUL.replace('must not be rushed', 'must be rushed');
    const { changes } = compareWords(page, NAGPAUL, false);
    expect(changes).toEqual([{ kind: 'removed', page: '', source: 'not', atEllipsis: false, sense: ['not'] }]);
  });

  it('reports a qualifier changed into a certainty', () => {
    const page = DIXON.replace('could help improve', 'will improve');
    const [change] = compareWords(page, DIXON, false).changes;
    expect(change).toMatchObject({ kind: 'changed', page: 'will', source: 'could help', sense: ['could'] });
  });

  it('keeps an ellipsis that leaves out neutral words as honest shortening', () => {
    const page = 'Proposals for sweeping reorganisation … will need greater time for consideration';
    const result = compareWords(page, NAGPAUL, false);
    expect(result.changes).toEqual([]);
    expect(result.elisions).toEqual([
      { kind: 'removed', page: '', source: 'on such a scale', atEllipsis: true, sense: [] },
    ]);
  });

  it('flags words stitched across an ellipsis that hides a negation', () => {
    const page = 'Proposals for sweeping reorganisation on such a scale ... must ... be rushed through';
    const { changes } = compareWords(page, NAGPAUL, false);
    expect(changes.some((c) => c.atEllipsis && c.sense.includes('not'))).toBe(true);
  });

  it('flags a quotation that starts just after a negation', () => {
    const page = 'clear that lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt';
    const { changes } = compareWords(page, EDWARDS_STATEMENT, true);
    expect(changes).toEqual([{ kind: 'removed', page: '', source: 'is not', atEllipsis: false, sense: ['not'] }]);
  });

  it('counts words the page adds past a curated fragment as beyond the corpus, not as a change', () => {
    expect(compareWords('there is widespread agreement on the need for change', 'widespread agreement', false).changes).toEqual([]);
  });

  it('counts words the page puts in place of the statement’s own next words as a change', () => {
    const page = 'This White Paper has admirable aspirations, and rightly recognises the scale of the challenge to integrate services and will succeed';
    const { changes } = compareWords(page, EDWARDS_STATEMENT, true);
    expect(changes).toMatchObject([{ kind: 'changed', page: 'and will succeed' }]);
  });

  it('does not count a compound written open as a change (the King’s Fund’s own release of Richard Murray’s words, against LBC’s)', () => {
    const lbc = 'welcome shift away from the old legislative focus on competition between healthcare organisations, towards a new model of collaboration, partnership and integration';
    const page =
      "Most important in these proposals is the welcome shift away from the old legislative focus on competition between health care organisations towards a new model of collaboration, partnership and integration. The White Paper marks a decisive step away from the coalition government's 2012 reforms.";
    expect(compareWords(page, lbc, false).changes).toEqual([]);
    // A changed word beside the compound is still reported.
    expect(compareWords(page.replace('health care organisations', 'health care providers'), lbc, false).changes).toMatchObject([
      { kind: 'changed', page: 'health care providers', source: 'healthcare organisations' },
    ]);
  });

  it('does not count a note marker in the source as a word the page removed', () => {
    // Nigel Edwards as the Nuffield Trust's own release gives him (the corpus's words), quoted across its "[1]".
    const source =
      'it is not clear that lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt [1]. “We are pleased to see that the rigid insistence on immediately merging NHS and council budgets';
    const page = 'lessons from earlier initiatives to bring together health and social care across the UK have been fully learnt. We are pleased to see';
    expect(compareWords(page, source, false).changes).toEqual([]);
  });

  it('matches nothing when the page quotes other words', () => {
    expect(compareWords('An entirely different sentence', 'Proposals for sweeping reorganisation', false).matched).toBe(0);
  });
});

describe('sharedWordsAtMost', () => {
  it('counts the words two texts have in common, repeats included, whatever their order', () => {
    expect(sharedWordsAtMost(wordCounts(quoteWords('the care, the NHS')), 'NHS care and the the the')).toBe(4);
    expect(sharedWordsAtMost(wordCounts(quoteWords('integrated care')), 'white paper')).toBe(0);
  });

  it('is never below what a comparison matches, so skipping by it loses no match', () => {
    const texts = [NAGPAUL, DIXON, EDWARDS_STATEMENT];
    const quotations = [
      'could help improve care for patients',
      'This White Paper has admirable aspirations … but much of it covers well-trodden ground',
      'must not be rushed through while doctors are still tackling the winter surge',
      DIXON,
    ];
    for (const quotation of quotations)
      for (const text of texts)
        for (const context of [true, false])
          expect(sharedWordsAtMost(wordCounts(quoteWords(quotation)), text)).toBeGreaterThanOrEqual(compareWords(quotation, text, context).matched);
  });
});
