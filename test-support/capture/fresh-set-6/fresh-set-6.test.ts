// The sixth fresh set is data only: this checks that it is what the README says it is. It
// never runs the extractor. Measured blind at stop 17, it is in the tuning pool since stop 18.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4, loadFreshSet5, loadFreshSet6 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the sixth fresh set (labelled and committed before the extractor ran on it; in the tuning pool since stop 18)',
  half: 'fresh-6',
  pages: loadFreshSet6(),
  earlier: [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3(), ...loadFreshSet4(), ...loadFreshSet5()],
  atLeast: { pages: 30, quotes: 190, publishers: 25 },
});
