// The fifth unseen set is data: this checks that its labels are what its README says they are
// (enough real pages from enough publishers, enough scored quotations of voices the corpus knows
// and of voices it does not; none of its pages already in another set; every label placed on its
// page, in order; every page labelled; known people under the corpus's spelling). It never runs
// the verifier: npm run bench prints the set's scores (in-sample since stop 17, when it joined the
// tuning pool).
import { loadFifthUnseenSet } from '../unseen-pages';
import { describeVoiceSet, pagesBefore } from '../unseen-set-suite';

describeVoiceSet({
  title: 'the fifth unseen verification set (labelled and committed before the verifier ran on it)',
  pages: loadFifthUnseenSet(),
  pagesDir: new URL('./pages/', import.meta.url),
  earlier: pagesBefore('unseen-5'),
  atLeast: { pages: 20, publishers: 12, scored: 80, known: 60, unknown: 20 },
});
