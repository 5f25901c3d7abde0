// The twelfth fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor, and nothing may be tuned by reading its scores.
import { loadFreshSet12, pagesBefore } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the twelfth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-12',
  pages: loadFreshSet12(),
  earlier: pagesBefore('fresh-12'),
  atLeast: { pages: 47, quotes: 180, publishers: 40 },
});
