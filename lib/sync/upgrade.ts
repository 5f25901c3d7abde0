// Files written by an older version of the extension keep importing: each format
// version that changed the file's shape registers an upgrader from the version
// before it, and a file is walked up the chain to the current version before it is
// validated (import-validate.ts). An upgrader changes shape only, never content or
// timestamps, so an upgraded record merges exactly like one written today.
import { z } from 'zod';
import { Id } from '../schema';
import { DEFAULT_COLOUR } from '../storage/annotations';
import { type ImportFailure, analystMessage, failure, issuesToErrors, placeInSyncFile } from './import-errors';
import { SYNC_FORMAT_VERSION } from './format';
import { placeholderPosition } from './placeholder-position';

/** A file as JSON, before it is known to be valid. */
export type JsonObject = Record<string, unknown>;

export interface Upgrader {
  /** The version this upgrader reads; it writes version `from + 1`. */
  from: number;
  /** What changed, for the people maintaining this list. */
  change: string;
  upgrade(file: JsonObject): { ok: true; file: JsonObject } | ImportFailure;
}

/**
 * Version 0 is the pre-release shape, and honestly so: no released build ever
 * wrote a sync file. It is the shape records had in the first development build
 * (commit e625862), where a highlight kept the highlighted words in a flat `exact`
 * field, with no W3C selectors, colour or topics, and files had no `scope`. It is
 * kept as the worked example of an upgrader, and because development builds may
 * have exported highlights that way.
 */
const HighlightV0 = z.looseObject({
  id: Id.optional(),
  url: z.url({ protocol: /^https?$/ }),
  exact: z.string().min(1),
});
const FileV0 = z.looseObject({ annotations: z.array(HighlightV0).default([]) });

const PRE_RELEASE_VERSION = 0;

const fromVersion0: Upgrader = {
  from: PRE_RELEASE_VERSION,
  change: 'highlights anchored by W3C selectors (target.selector) instead of a flat "exact"; colour, topics and scope added',
  upgrade(file) {
    const parsed = FileV0.safeParse(file, { error: analystMessage });
    if (!parsed.success) return failure(issuesToErrors(parsed.error.issues, (list, index) => placeInSyncFile(file, list, index)));
    const annotations = parsed.data.annotations.map(({ exact, url, ...rest }) => ({
      topicIds: [],
      colour: DEFAULT_COLOUR,
      ...rest,
      url,
      target: {
        source: url,
        selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, placeholderPosition(exact)],
      },
    }));
    return { ok: true, file: { scope: { kind: 'everything' }, ...file, annotations, version: PRE_RELEASE_VERSION + 1 } };
  },
};

/** Every upgrader, by the version it reads. */
export const UPGRADERS: ReadonlyMap<number, Upgrader> = new Map([[fromVersion0.from, fromVersion0]]);

/** The oldest version that can still be brought up to date. */
export const OLDEST_READABLE_VERSION = Math.min(SYNC_FORMAT_VERSION, ...UPGRADERS.keys());

/** Walks a file of an older version up to the current one. */
export function upgradeToCurrent(
  file: JsonObject,
  version: number,
  upgraders: ReadonlyMap<number, Upgrader> = UPGRADERS,
): { ok: true; file: JsonObject } | ImportFailure {
  let current = file;
  for (let v = version; v < SYNC_FORMAT_VERSION; v++) {
    const upgrader = upgraders.get(v);
    if (!upgrader) {
      return failure([
        {
          message: `This file was written in sync format version ${version}, which this extension can no longer read (it reads versions ${OLDEST_READABLE_VERSION} to ${SYNC_FORMAT_VERSION}).`,
          field: 'version',
        },
      ]);
    }
    const step = upgrader.upgrade(current);
    if (!step.ok) return step;
    current = step.file;
  }
  return { ok: true, file: current };
}
