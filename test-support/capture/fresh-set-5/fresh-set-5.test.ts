// The fifth fresh set is data only: this checks that it is what the README says it is. It
// never runs the extractor. Measured blind three times at stop 16, it is in the tuning pool since stop 17.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4, loadFreshSet5 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the fifth fresh set (labelled and committed before the extractor ran on it; in the tuning pool since stop 17)',
  half: 'fresh-5',
  pages: loadFreshSet5(),
  earlier: [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3(), ...loadFreshSet4()],
  atLeast: { pages: 30, quotes: 190, publishers: 25 },
});
