// The third fresh set is data: this checks that it is what the README says it is. It was
// measured blind once (session 5) and joined the tuning pool in session 6; its floors are in
// ../dev-set.test.ts with the other sets'.
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3 } from '../dev-set';
import { describeFreshSet } from '../fresh-set-checks';

describeFreshSet({
  title: 'the third fresh set (labelled and committed before the extractor ran on it; in the tuning pool since session 6)',
  half: 'fresh-3',
  pages: loadFreshSet3(),
  earlier: [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2()],
  atLeast: { pages: 22, quotes: 110, publishers: 15 },
});
