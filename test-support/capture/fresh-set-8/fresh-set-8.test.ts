// The eighth fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor. Blind three times at stop 19, it is in the tuning pool since then.
import { loadFreshSet8, pagesBefore } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the eighth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-8',
  pages: loadFreshSet8(),
  earlier: pagesBefore('fresh-8'),
  atLeast: { pages: 40, quotes: 180, publishers: 25 },
});
