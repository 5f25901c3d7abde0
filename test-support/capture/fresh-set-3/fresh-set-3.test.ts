// The third fresh set is data only: this checks that it is what the README says it is. It
// never runs the extractor: the set's scores are printed by report.ts, and nothing may be
// tuned by reading them.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the third fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-3',
  pages: loadFreshSet3(),
  earlier: [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2()],
  atLeast: { pages: 22, quotes: 110, publishers: 15 },
});
