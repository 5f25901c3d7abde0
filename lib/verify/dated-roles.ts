// A role alias ("the Health Secretary" for Matt Hancock) names whoever held the post
// when the page was written. The corpus's people records carry no role periods, but
// its statements are dated: a person the corpus quotes on a day held the roles its
// aliases give them about then. So on a page whose dateline (page-date.ts) falls near
// one of their statements, the role alias alone names them, as the page's readers
// take it; on an undated page, or one far from their statements, it still needs the
// page to name them (name-forms.ts).
import { findMentions } from '../capture/known-mentions';
import { quotesOfStatements, statementIdsPublishedBetween } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import type { NamedPerson } from './name-forms';
import { pageDate } from './page-date';

/**
 * Days either side of one of their statements in which a person is taken to hold the
 * role their alias names: ministers and chief executives hold posts for years, and a
 * month keeps a successor named after a reshuffle out in all but that month.
 */
export const ROLE_WINDOW_DAYS = 31;

const DAY_MS = 86_400_000;
const shifted = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The people the page names by a role alias alone whom the corpus quotes within
 * ROLE_WINDOW_DAYS of the page's date; none for a role alias two such people share.
 */
export async function roleHoldersOnPage(db: PolicyLensDb, people: readonly NamedPerson[], text: string): Promise<Set<string>> {
  const date = pageDate(text);
  const withRoles = people.flatMap((p) => (p.roleAliases.length > 0 ? [{ id: p.id, name: p.roleAliases[0] as string, aliases: p.roleAliases.slice(1) }] : []));
  const mentions = date ? findMentions(text, withRoles) : [];
  if (!date || mentions.length === 0) return new Set();
  const statementIds = await statementIdsPublishedBetween(db, shifted(date, -ROLE_WINDOW_DAYS), shifted(date, ROLE_WINDOW_DAYS));
  const named = new Set(mentions.map((m) => m.id));
  const quoted = new Set((await quotesOfStatements(db, statementIds)).flatMap((q) => (q.speakerId && named.has(q.speakerId) ? [q.speakerId] : [])));
  // A role alias (as the page writes it, case aside) held by two people quoted then names neither.
  const holders = new Map<string, Set<string>>();
  for (const m of mentions) if (quoted.has(m.id)) holders.set(m.surface.toLowerCase(), (holders.get(m.surface.toLowerCase()) ?? new Set()).add(m.id));
  return new Set([...holders.values()].flatMap((ids) => (ids.size === 1 ? [...ids] : [])));
}
