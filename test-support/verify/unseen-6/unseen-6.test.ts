// The sixth unseen set is data: this checks that its labels are what its README says they are
// (enough real pages from enough publishers, enough scored quotations of voices the corpus knows
// and of voices it does not; none of its pages already in another set; every label placed on its
// page, in order; every page labelled; known people under the corpus's spelling). It never runs
// the verifier: npm run bench prints the set's scores (in-sample since stop 18, when it joined the
// tuning pool).
import { loadSixthUnseenSet } from '../unseen-pages';
import { describeVoiceSet, pagesBefore } from '../unseen-set-suite';

describeVoiceSet({
  title: 'the sixth unseen verification set (labelled and committed before the verifier ran on it)',
  pages: loadSixthUnseenSet(),
  pagesDir: new URL('./pages/', import.meta.url),
  earlier: pagesBefore('unseen-6'),
  atLeast: { pages: 30, publishers: 25, scored: 120, known: 80, unknown: 40 },
});
