// `npx tsx test-support/capture/report.ts`: prints the development-set scores and the
// tuning half's misses, without building the extension (what tuning reads), then the
// fresh sets' scores (fresh-set/ to fresh-set-13/, all in the tuning pool: fresh-set-4/ was measured blind twice,
// stops 14 and 15, 84.8/70.2/82.7, and is tuned on since stop 16; fresh-set-5/ blind three times at stop 16,
// 79.3/76.3/67.8, and is tuned on since stop 17; fresh-set-6/ blind at stop 17, 78.7/53.9/71.6, and is tuned on
// since stop 18; fresh-set-7/ blind at stop 18, 71.8/50.6/69.3, and fresh-set-8/ blind three times at stop 19,
// 71.7/52.5/68.3, both in the tuning pool since stop 19; fresh-set-9/ blind four times at stop 19, 77.1/65.4/76.4,
// in the tuning pool since stop 20; fresh-set-10/ blind at stops 20 to 24, 82.8/60.0/82.9 the last, in the tuning pool
// since stop 25; fresh-set-11/ blind twice at stop 25, 82.7/64.4/75.2, in the tuning pool since stop 26;
// fresh-set-12/ blind four times at stop 26, 85.2/63.7/73.9 the last, in the tuning pool since stop 27; fresh-set-13/
// blind at stops 27 and 29, 79.7/69.3/78.2 both times, in the tuning pool since stop 29; the held-back half and any
// newer set are blind: `--pool` leaves them out); `--classes` counts
// each half's misses by kind; `--first-wording` (pool only) scores roles against the label's first wording alone; `--names` adds the hand-written name finder against compromise's
// people() on both halves.
import { loadCorpusFromDisk } from '../../browser-tests/support/corpus-on-disk';
import { type DevPage, FRESH_SETS, loadDevSet } from './dev-set';
import { TUNING_POOL, scoreDevSet } from './dev-set-score';
import { compareNameFinders } from './name-finder-comparison';

const corpus = loadCorpusFromDisk();
const pct = (n: number, d: number) => `${d === 0 ? '–' : ((n / d) * 100).toFixed(1)}% (${n}/${d})`;
// `--first-wording` scores each role against the label's first accepted wording only, as a label giving one
// wording would; it prints the tuning pool only (a diagnosis: how much of a role figure is the labels' alternatives).
const firstWording = process.argv.includes('--first-wording');
const asLoaded = (pages: DevPage[]) => (firstWording ? pages.map((p) => ({ ...p, quotes: p.quotes.map((q) => ({ ...q, roles: q.roles?.slice(0, 1) ?? null })) })) : pages);
const scores = [...scoreDevSet(asLoaded(loadDevSet()), corpus), ...FRESH_SETS.flatMap(([half, load]) => scoreDevSet(asLoaded(load()), corpus, [half]))];
// `--pool` prints the tuning pool only: every printed blind row is one of the few looks a session may take.
for (const s of scores.filter((s) => !(process.argv.includes('--pool') || firstWording) || TUNING_POOL.has(s.half))) {
  console.log(
    `${s.half}: pages ${s.pages}, quotes ${s.quotes}, proposals ${s.proposals}; recall ${pct(s.recalled, s.quotes)}, precision ${pct(s.precise, s.proposals)}, ` +
      `speaker ${pct(s.speakerRight, s.quotes)}, organisation ${pct(s.organisationRight, s.organisationNamed)}, role ${pct(s.roleRight, s.roleGiven)}, ` +
      `unlabelled speakers ${s.unlabelledSpeakers.length}`,
  );
  if (process.argv.includes('--classes')) {
    for (const [c, n] of [...s.missClasses].sort((a, b) => b[1] - a[1])) console.log(`   ${String(n).padStart(3)}  ${c}`);
  }
  // `--misses` lists the tuning pool's misses: the tuning half and fresh sets 1 to 13 (TUNING_POOL in dev-set-score.ts).
  if (TUNING_POOL.has(s.half) && process.argv.includes('--misses')) {
    for (const m of s.misses) console.log('  ', m);
    for (const u of s.unlabelledSpeakers) console.log('   speaker?', u);
  }
}
if (process.argv.includes('--names')) {
  for (const s of compareNameFinders(loadDevSet())) {
    console.log(`names, ${s.half}, ${s.finder}: speakers found ${pct(s.found, s.speakers)}, other names per page ${s.otherNamesPerPage.toFixed(1)}`);
  }
}
