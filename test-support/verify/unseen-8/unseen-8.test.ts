// The eighth unseen set is data only: this checks that its labels are what its README says they
// are (enough real pages from enough publishers, enough scored quotations of voices the corpus
// knows and of voices it does not; none of its pages already in another set; every label placed
// on its page, in order; every page labelled; known people under the corpus's spelling). It never
// runs the verifier or anything of lib/verify or lib/capture on the set: its scores, once a scorer
// prints them, are to be printed in aggregate only.
import { loadEighthUnseenSet } from '../unseen-pages';
import { describeVoiceSet, pagesBefore } from '../unseen-set-suite';

describeVoiceSet({
  title: 'the eighth unseen verification set (labelled and committed before the verifier ran on it)',
  pages: loadEighthUnseenSet(),
  pagesDir: new URL('./pages/', import.meta.url),
  earlier: pagesBefore('unseen-8'),
  atLeast: { pages: 39, publishers: 34, scored: 185, known: 125, unknown: 60 },
});
