// The fourth fresh set is data only: this checks that it is what the README says it is. It
// never runs the extractor: the set's scores are printed by report.ts, and nothing may be
// tuned by reading them.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the fourth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-4',
  pages: loadFreshSet4(),
  earlier: [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3()],
  atLeast: { pages: 30, quotes: 170, publishers: 25 },
});
