// Scores the attribution extractor on the development set (./dev-set.ts), per half:
//   - quotation recall: labelled quotations that a proposal covers for at least half
//     their length; precision: proposals that lie at least half inside a labelled one;
//   - speaker accuracy: labelled quotations recalled with the right speaker (a person's
//     name compared without honorifics or post-nominals; no speaker must be proposed
//     where the page names none);
//   - organisation and role accuracy, over the quotations whose page names one;
//   - proposed speakers that are none of the page's labelled speakers. This is a proxy
//     for "not a person": it also counts a real person wrongly credited, so the names
//     are listed for reading.
import { type KnownEntities, type ProposedQuote, extractQuotes } from '../../lib/capture/attribution';
import type { DevPage, Half, LabelledQuote } from './dev-set';

export interface DevSetScore {
  half: Half;
  pages: number;
  quotes: number;
  proposals: number;
  recalled: number;
  precise: number;
  speakerRight: number;
  organisationNamed: number;
  organisationRight: number;
  roleGiven: number;
  roleRight: number;
  unlabelledSpeakers: string[];
  /** One line per labelled quotation the extractor got wrong, for tuning (the tuning pool only: never the held-back half). */
  misses: string[];
  /** How many misses of each kind (missClass), for every half: what kind of thing fails, without the instances. */
  missClasses: Map<string, number>;
}

const HONORIFIC = /^(?:dr|professor|prof|sir|dame|mr|mrs|ms|miss|cllr|councillor|lord|lady|baroness|rt hon)\.?\s+/i;

export function normaliseName(name: string): string {
  let n = name.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  while (HONORIFIC.test(n)) n = n.replace(HONORIFIC, '');
  return n.replace(/\s+(?:obe|cbe|mbe|kbe|dbe|frcp|mp)$/i, '').replace(/'s$/, '');
}

function normalisePhrase(text: string): string {
  return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^the\s+/i, '').replace(/[.,;:]+$/, '').trim().toLowerCase();
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function bestProposal(label: LabelledQuote, proposals: readonly ProposedQuote[]): ProposedQuote | undefined {
  let best: ProposedQuote | undefined;
  for (const p of proposals) if (overlap(p, label) > (best ? overlap(best, label) : 0)) best = p;
  return best && overlap(best, label) * 2 >= label.end - label.start ? best : undefined;
}

const oneOf = (value: string | undefined, accepted: readonly string[]): boolean =>
  value !== undefined && accepted.some((a) => normalisePhrase(a) === normalisePhrase(value));

/** A known organisation proposed under its corpus name is right when the label names it by any of its aliases. */
function organisationMatches(proposed: string | undefined, accepted: readonly string[], known: KnownEntities): boolean {
  if (oneOf(proposed, accepted)) return true;
  const entity = known.organisations.find((o) => proposed !== undefined && normalisePhrase(o.name) === normalisePhrase(proposed));
  return !!entity && entity.aliases.some((alias) => oneOf(alias, accepted));
}

function emptyScore(half: Half): DevSetScore {
  return {
    half, pages: 0, quotes: 0, proposals: 0, recalled: 0, precise: 0, speakerRight: 0, organisationNamed: 0,
    organisationRight: 0, roleGiven: 0, roleRight: 0, unlabelledSpeakers: [], misses: [], missClasses: new Map(),
  };
}

const mentions = (text: string, phrase: string): boolean => normalisePhrase(text).includes(normalisePhrase(phrase));

/**
 * The kinds of miss of one labelled quotation: whether a proposal exists, whether the
 * speaker is missing, wrong or invented, and for role and organisation whether the
 * page states the wanted words somewhere (so the page held the answer) or only implies them.
 */
export function missClasses(page: DevPage, label: LabelledQuote, p: ProposedQuote | undefined, right: { speaker: boolean; organisation: boolean; role: boolean }): string[] {
  if (!p) return ['quotation not found'];
  const classes: string[] = [];
  if (!right.speaker) {
    if (!label.speaker) classes.push('speaker proposed where the page names none (an organisation or nobody speaks)');
    else if (!p.speakerName) classes.push('speaker missing');
    else if (label.organisations?.some((o) => oneOf(p.speakerName, [o]))) classes.push('speaker wrong: the organisation proposed as a person');
    else classes.push('speaker wrong: another name');
  }
  const stated = (wanted: readonly string[]) => (wanted.some((w) => mentions(page.text, w)) ? 'stated on the page' : 'only implied by the page');
  if (!right.organisation && label.organisations) {
    classes.push(`organisation ${p.organisationName ? 'wrong' : 'missing'}, ${stated(label.organisations)}`);
  }
  if (!right.role && label.roles) classes.push(`role ${p.role ? 'worded differently or wrong' : 'missing'}, ${stated(label.roles)}`);
  return classes;
}

function scorePage(page: DevPage, known: KnownEntities, score: DevSetScore): void {
  const proposals = extractQuotes(page.text, known, { site: { url: page.url } });
  score.pages++;
  score.quotes += page.quotes.length;
  score.proposals += proposals.length;
  score.precise += proposals.filter((p) => page.quotes.some((l) => overlap(p, l) * 2 >= p.end - p.start)).length;
  const speakers = new Set(page.quotes.flatMap((l) => (l.speaker ? [normaliseName(l.speaker)] : [])));
  for (const p of proposals) {
    if (p.speakerName && !speakers.has(normaliseName(p.speakerName))) score.unlabelledSpeakers.push(`${page.id}: ${p.speakerName}`);
  }
  for (const label of page.quotes) {
    const p = bestProposal(label, proposals);
    if (p) score.recalled++;
    const speakerRight = !!p && (label.speaker ? !!p.speakerName && normaliseName(p.speakerName) === normaliseName(label.speaker) : !p.speakerName);
    if (speakerRight) score.speakerRight++;
    const organisationRight = !label.organisations || organisationMatches(p?.organisationName, label.organisations, known);
    if (label.organisations) {
      score.organisationNamed++;
      if (organisationRight) score.organisationRight++;
    }
    const roleRight = !label.roles || oneOf(p?.role, label.roles);
    if (label.roles) {
      score.roleGiven++;
      if (roleRight) score.roleRight++;
    }
    for (const c of missClasses(page, label, p, { speaker: speakerRight, organisation: organisationRight, role: roleRight })) {
      score.missClasses.set(c, (score.missClasses.get(c) ?? 0) + 1);
    }
    if (!speakerRight || !organisationRight || !roleRight) {
      score.misses.push(
        `${page.id} «${label.text.slice(0, 40)}» want ${label.speaker} / ${label.roles?.[0]} / ${label.organisations?.[0]}` +
          ` got ${p ? `${p.speakerName} / ${p.role} / ${p.organisationName}` : 'no proposal'}`,
      );
    }
  }
}

/**
 * The sets whose misses may be read one by one. The fresh set and the second fresh set joined the
 * tuning half in session 5, the third in session 6, each after it had been measured blind once; the
 * fourth, measured blind twice (stops 14 and 15: speaker 84.8%, organisation 70.2%, role 82.7%),
 * joined at stop 16; the fifth, measured blind three times at stop 16 (speaker 79.3%, organisation
 * 76.3%, role 67.8%), joined at stop 17; the sixth, measured blind at stop 17 (speaker 78.7%,
 * organisation 53.9%, role 71.6%), joined at stop 18; the seventh, blind at stop 18 (speaker 71.8%,
 * organisation 50.6%, role 69.3%), and the eighth, blind three times at stop 19 (71.7%, 52.5%, 68.3% the
 * last), are in the tuning pool since stop 19; the ninth, blind four times at stop 19 (77.1%, 65.4%,
 * 76.4% the last), since stop 20; the tenth, blind at stops 20 to 24 (82.8%, 60.0%, 82.9% the last), since
 * stop 25; the eleventh, blind twice at stop 25 (82.7%, 64.4%, 75.2%), since stop 26; the twelfth, blind four times
 * at stop 26 (85.2%, 63.7%, 73.9% the last), since stop 27; the thirteenth, blind at stops 27 and 29 (79.7%, 69.3%, 78.2% both
 * times), since stop 29. The held-back half and any newer blind set are scored in aggregate only.
 */
export const TUNING_POOL: ReadonlySet<string> = new Set<Half>(['tuning', 'fresh', 'fresh-2', 'fresh-3', 'fresh-4', 'fresh-5', 'fresh-6', 'fresh-7', 'fresh-8', 'fresh-9', 'fresh-10', 'fresh-11', 'fresh-12', 'fresh-13']);

/** Scores for each half present, tuning first; only the tuning pool lists its misses. */
export function scoreDevSet(pages: readonly DevPage[], known: KnownEntities, halves: readonly Half[] = ['tuning', 'held-back']): DevSetScore[] {
  return halves.map((half) => {
    const score = emptyScore(half);
    for (const page of pages.filter((p) => p.half === half)) scorePage(page, known, score);
    if (!TUNING_POOL.has(half)) score.misses = [];
    return score;
  });
}
