// The fourth unseen set is data: this checks that its labels are what its README says they are
// (enough real pages from enough publishers, enough scored quotations of voices the corpus knows;
// none of its pages already in another set; every label placed on its page, in order; every page
// labelled; known people under the corpus's spelling). It never runs the verifier: npm run bench
// prints the set's scores (in-sample since stop 16, when it joined the tuning pool).
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4 } from '../../capture/dev-set';
import { loadFourthUnseenSet, loadUnseenPages } from '../unseen-pages';
import { describeVoiceSet } from '../unseen-set-suite';

describeVoiceSet({
  title: 'the fourth unseen verification set (labelled and committed before the verifier ran on it)',
  pages: loadFourthUnseenSet(),
  pagesDir: new URL('./pages/', import.meta.url),
  earlier: [
    ...loadUnseenPages(),
    ...loadUnseenPages('unseen-2'),
    ...loadUnseenPages('unseen-3'),
    ...loadDevSet(),
    ...loadFreshSet(),
    ...loadFreshSet2(),
    ...loadFreshSet3(),
    ...loadFreshSet4(),
  ],
  atLeast: { pages: 25, publishers: 15, scored: 70, known: 40, unknown: 1 },
});
