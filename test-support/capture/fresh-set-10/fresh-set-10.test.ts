// The tenth fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor, and nothing may be tuned by reading its scores.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4, loadFreshSet5, loadFreshSet6, loadFreshSet7, loadFreshSet8, loadFreshSet9, loadFreshSet10 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the tenth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-10',
  pages: loadFreshSet10(),
  earlier: [
    ...loadDevSet(),
    ...loadFreshSet(),
    ...loadFreshSet2(),
    ...loadFreshSet3(),
    ...loadFreshSet4(),
    ...loadFreshSet5(),
    ...loadFreshSet6(),
    ...loadFreshSet7(),
    ...loadFreshSet8(),
    ...loadFreshSet9(),
  ],
  atLeast: { pages: 40, quotes: 180, publishers: 25 },
});
