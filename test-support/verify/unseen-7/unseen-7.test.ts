// The seventh unseen set is data: this checks that its labels are what its README says they are
// (enough real pages from enough publishers, enough scored quotations of voices the corpus knows
// and of voices it does not; none of its pages already in another set; every label placed on its
// page, in order; every page labelled; known people under the corpus's spelling). It never runs
// the verifier: npm run bench prints the set's scores (in-sample since stop 19, when it joined the
// tuning pool).
import { loadSeventhUnseenSet } from '../unseen-pages';
import { describeVoiceSet, pagesBefore } from '../unseen-set-suite';

describeVoiceSet({
  title: 'the seventh unseen verification set (labelled and committed before the verifier ran on it)',
  pages: loadSeventhUnseenSet(),
  pagesDir: new URL('./pages/', import.meta.url),
  earlier: pagesBefore('unseen-7'),
  atLeast: { pages: 35, publishers: 30, scored: 150, known: 100, unknown: 45 },
});
