// The seventh fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor. It was blind at stop 18 (71.8/50.6/69.3) and is in the tuning pool
// since stop 19.
import { loadFreshSet7, pagesBefore } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the seventh fresh set (labelled and committed before the extractor ran on it; blind at stop 18, in the tuning pool since stop 19)',
  half: 'fresh-7',
  pages: loadFreshSet7(),
  earlier: pagesBefore('fresh-7'),
  atLeast: { pages: 35, quotes: 180, publishers: 25 },
});
