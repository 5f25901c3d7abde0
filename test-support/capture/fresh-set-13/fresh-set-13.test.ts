// The thirteenth fresh set is data only: this checks that it is what its README says it is. It
// never runs the extractor, and nothing may be tuned by reading its scores.
import { loadFreshSet13, pagesBefore } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the thirteenth fresh set (unseen: labelled and committed before the extractor ran on it)',
  half: 'fresh-13',
  pages: loadFreshSet13(),
  earlier: pagesBefore('fresh-13'),
  atLeast: { pages: 51, quotes: 210, publishers: 50 },
});
