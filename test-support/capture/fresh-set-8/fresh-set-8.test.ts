// The eighth fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor. Blind three times at stop 19, it is in the tuning pool since then.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4, loadFreshSet5, loadFreshSet6, loadFreshSet7, loadFreshSet8 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the eighth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-8',
  pages: loadFreshSet8(),
  earlier: [
    ...loadDevSet(),
    ...loadFreshSet(),
    ...loadFreshSet2(),
    ...loadFreshSet3(),
    ...loadFreshSet4(),
    ...loadFreshSet5(),
    ...loadFreshSet6(),
    ...loadFreshSet7(),
  ],
  atLeast: { pages: 40, quotes: 180, publishers: 25 },
});
