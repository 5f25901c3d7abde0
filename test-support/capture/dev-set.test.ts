import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { type DevPage, type Half, halfOf, loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet5, loadFreshSet6, loadFreshSet7, loadFreshSet8, loadFreshSet9, loadFreshSet10, loadFreshSet11, loadFreshSet12, loadFreshSet13 } from './dev-set';
import { type DevSetScore, scoreDevSet } from './dev-set-score';

const pages = loadDevSet();

/** The share of each measure a set keeps: below it, a change lost ground the set was tuned to (or, held back, gained by general mechanisms). */
interface Floors {
  speaker: number;
  organisation: number;
  role: number;
  recall: number;
  precision: number;
}

/** One set's score on its own. */
const scored = (set: DevPage[], half: Half): DevSetScore => scoreDevSet(set, loadBundledCorpus(), [half])[0]!;

function keepsFloors(f: DevSetScore, floors: Floors): void {
  expect(f.speakerRight / f.quotes, f.misses.join('\n')).toBeGreaterThanOrEqual(floors.speaker);
  expect(f.organisationRight / f.organisationNamed).toBeGreaterThanOrEqual(floors.organisation);
  expect(f.roleRight / f.roleGiven).toBeGreaterThanOrEqual(floors.role);
  expect(f.recalled / f.quotes).toBeGreaterThanOrEqual(floors.recall);
  expect(f.precise / f.proposals).toBeGreaterThanOrEqual(floors.precision);
}

describe('the capture development set', () => {
  it('holds at least 40 real pages and 150 labelled quotations from at least 15 publishers', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.reduce((n, p) => n + p.quotes.length, 0)).toBeGreaterThanOrEqual(150);
    expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(15);
    for (const page of pages) for (const q of page.quotes) expect(page.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('splits by a hash of the address, fixed before tuning', () => {
    expect(halfOf('https://www.adass.org.uk/press-release-adass-responds-to-social-care-white-paper')).toBe('tuning');
    expect(pages.filter((p) => p.half === 'held-back').length).toBeGreaterThan(15);
  });
});

describe('the extractor on the development set', () => {
  const [tuning, heldBack] = scoreDevSet(pages, loadBundledCorpus());

  it('keeps the floor it was tuned to on the tuning half', () => {
    const t = tuning!;
    // At this commit: speaker 139/144, organisation 118/121, role 103/111, recall 140/144, precision 143/146.
    keepsFloors(t, { speaker: 0.95, organisation: 0.97, role: 0.9, recall: 0.99, precision: 0.97 });
    expect(t.unlabelledSpeakers).toEqual([]);
  });

  it('reports the held-back half without tuning to it, and keeps what general mechanisms gained there', () => {
    const h = heldBack!;
    console.log(
      `held-back: speaker ${h.speakerRight}/${h.quotes}, organisation ${h.organisationRight}/${h.organisationNamed}, ` +
        `role ${h.roleRight}/${h.roleGiven}, recall ${h.recalled}/${h.quotes}, precision ${h.precise}/${h.proposals}`,
    );
    expect(h.misses).toEqual([]);
    // Floors at this commit (128/141, 99/112, 81/105, 138/141, 140/145): a change that loses ground here does not carry.
    keepsFloors(h, { speaker: 0.9, organisation: 0.88, role: 0.77, recall: 0.97, precision: 0.95 });
  });
});

describe('the fresh set (unseen: labelled before the extractor ran on it)', () => {
  const fresh = loadFreshSet();

  it('holds at least 15 real pages not in the development set, every label placed on its page', () => {
    const devUrls = new Set(pages.map((p) => p.url));
    expect(fresh.length).toBeGreaterThanOrEqual(15);
    expect(fresh.filter((p) => devUrls.has(p.url))).toEqual([]);
    for (const page of fresh) for (const q of page.quotes) expect(page.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('is scored in the tuning pool (since session 5, after it was measured blind) and keeps the floor it was tuned to', () => {
    const f = scored(fresh, 'fresh');
    console.log(
      `fresh: speaker ${f.speakerRight}/${f.quotes}, organisation ${f.organisationRight}/${f.organisationNamed}, ` +
        `role ${f.roleRight}/${f.roleGiven}, recall ${f.recalled}/${f.quotes}, precision ${f.precise}/${f.proposals}`,
    );
    // Floors at stop 20: speaker 79/86, organisation 44/49, role 68/75, recall 86/86, precision 79/81.
    keepsFloors(f, { speaker: 0.91, organisation: 0.89, role: 0.9, recall: 1, precision: 0.97 });
  });
});

describe('the second fresh set (in the tuning pool since session 5, after it was measured blind)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at stop 20: speaker 109/117, organisation 75/83, role 87/96, recall 117/117, precision 113/114.
    keepsFloors(scored(loadFreshSet2(), 'fresh-2'), { speaker: 0.93, organisation: 0.9, role: 0.9, recall: 1, precision: 0.99 });
  });
});

describe('the third fresh set (in the tuning pool since session 6, after it was measured blind)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at stop 20: speaker 125/145, organisation 71/86, role 86/99, recall 139/145, precision 139/139.
    keepsFloors(scored(loadFreshSet3(), 'fresh-3'), { speaker: 0.86, organisation: 0.82, role: 0.86, recall: 0.95, precision: 0.99 });
  });
});

describe('the fifth fresh set (in the tuning pool since stop 17, after it was measured blind three times at stop 16)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at stop 20: speaker 178/198, organisation 147/160, role 141/149, recall 195/198, precision 138/148
    // (blind at stop 16: speaker 157, organisation 122, role 101).
    keepsFloors(scored(loadFreshSet5(), 'fresh-5'), { speaker: 0.89, organisation: 0.91, role: 0.94, recall: 0.98, precision: 0.93 });
  });
});

describe('the sixth fresh set (in the tuning pool since stop 18, after it was measured blind twice at stop 17)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at stop 20: speaker 182/207, organisation 119/154, role 120/134, recall 203/207, precision 202/202
    // (blind at stop 17: speaker 163, organisation 83, role 96).
    keepsFloors(scored(loadFreshSet6(), 'fresh-6'), { speaker: 0.87, organisation: 0.77, role: 0.89, recall: 0.98, precision: 0.99 });
  });
});

describe('the seventh fresh set (in the tuning pool since stop 19, after it was measured blind at stop 18)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at stop 20: speaker 163/188, organisation 135/168, role 97/114, recall 185/188, precision 182/182
    // (blind at stop 18: speaker 135, organisation 85, role 79). Stop 23: organisation 133/168, the two lost right by accident
    // (a wrong continuation of Russell Hobby, which "Ms May" now interrupts, held his organisation; speaker 165/188).
    keepsFloors(scored(loadFreshSet7(), 'fresh-7'), { speaker: 0.87, organisation: 0.79, role: 0.85, recall: 0.98, precision: 0.99 });
  });
});

describe('the eighth fresh set (in the tuning pool since later in stop 19, after it was measured blind three times)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at stop 20: speaker 184/219, organisation 135/181, role 121/142, recall 213/219, precision 198/200
    // (blind at stop 19, the last look: speaker 157, organisation 95, role 97).
    keepsFloors(scored(loadFreshSet8(), 'fresh-8'), { speaker: 0.84, organisation: 0.74, role: 0.85, recall: 0.97, precision: 0.98 });
  });
});

describe('the ninth fresh set (in the tuning pool since stop 20, after it was measured blind four times at stop 19)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at the end of stop 20: speaker 190/214, organisation 126/159, role 125/148, recall 206/214, precision 204/204
    // (at its release: 165, 104, 113, 200, 198/198, as at its last blind look at stop 19).
    keepsFloors(scored(loadFreshSet9(), 'fresh-9'), { speaker: 0.88, organisation: 0.79, role: 0.84, recall: 0.96, precision: 0.99 });
  });
});

describe('the tenth fresh set (in the tuning pool since stop 25, after it was measured blind at stops 20 to 24)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at its release (stop 25), as at its last blind look: speaker 169/204, organisation 78/130, role 102/123,
    // recall 197/204, precision 196/196.
    keepsFloors(scored(loadFreshSet10(), 'fresh-10'), { speaker: 0.82, organisation: 0.6, role: 0.82, recall: 0.96, precision: 0.99 });
  });
});

describe('the eleventh fresh set (in the tuning pool since stop 26, after it was measured blind twice at stop 25)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at its release (stop 26), as at its last blind look: speaker 158/191, organisation 87/135, role 91/121,
    // recall 182/191, precision 183/183.
    keepsFloors(scored(loadFreshSet11(), 'fresh-11'), { speaker: 0.82, organisation: 0.64, role: 0.75, recall: 0.95, precision: 0.99 });
  });
});

describe('the twelfth fresh set (in the tuning pool since stop 27, after it was measured blind four times at stop 26)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at its release (stop 27), as at its last blind look: speaker 161/189, organisation 100/157, role 116/157,
    // recall 184/189, precision 184/184.
    keepsFloors(scored(loadFreshSet12(), 'fresh-12'), { speaker: 0.85, organisation: 0.63, role: 0.73, recall: 0.97, precision: 0.99 });
  });
});

describe('the thirteenth fresh set (in the tuning pool since stop 29, after it was measured blind at stops 27 and 29)', () => {
  it('keeps the floor it was tuned to', () => {
    // Floors at its release (stop 29), as at both blind looks: speaker 169/212, organisation 97/140, role 111/142,
    // recall 207/212, precision 205/205.
    keepsFloors(scored(loadFreshSet13(), 'fresh-13'), { speaker: 0.79, organisation: 0.69, role: 0.78, recall: 0.97, precision: 0.99 });
  });
});
