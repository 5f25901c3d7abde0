// The ninth fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor, and nothing may be tuned by reading its scores.
import { loadFreshSet9, pagesBefore } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the ninth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-9',
  pages: loadFreshSet9(),
  earlier: pagesBefore('fresh-9'),
  atLeast: { pages: 40, quotes: 180, publishers: 25 },
});
