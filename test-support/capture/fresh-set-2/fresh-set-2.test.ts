// The second fresh set is data only: this checks that it is what the README says it is. It
// never runs the extractor: the set's scores are printed by report.ts. It was measured blind
// once, in session 4; since session 5 it is part of the tuning pool, and report.ts --misses
// lists its misses.
import { loadDevSet, loadFreshSet, loadFreshSet2 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the second fresh set (labelled and committed before the extractor ran on it)',
  half: 'fresh-2',
  pages: loadFreshSet2(),
  earlier: [...loadDevSet(), ...loadFreshSet()],
  atLeast: { pages: 20, quotes: 100, publishers: 12 },
});
