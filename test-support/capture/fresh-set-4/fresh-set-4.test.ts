// The fourth fresh set is data only: this checks that it is what the README says it is. It
// never runs the extractor: the set's scores are printed by report.ts. It was measured blind
// twice (stops 14 and 15: speaker 84.8%, organisation 70.2%, role 82.7%) and is in the tuning
// pool since stop 16, its misses read one by one.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the fourth fresh set (labelled and committed before the extractor ran on it; tuned on since stop 16)',
  half: 'fresh-4',
  pages: loadFreshSet4(),
  earlier: [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3()],
  atLeast: { pages: 30, quotes: 170, publishers: 25 },
});
