// The eleventh fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor, and nothing may be tuned by reading its scores.
import { loadFreshSet11, pagesBefore } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the eleventh fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-11',
  pages: loadFreshSet11(),
  earlier: pagesBefore('fresh-11'),
  atLeast: { pages: 47, quotes: 190, publishers: 40 },
});
