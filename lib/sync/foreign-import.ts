// Runs the converter of a foreign file's format over each of its items: what
// converts becomes a highlight record (still to be validated as a sync file's), and
// what does not is skipped and reported with its position and reason, never fatal
// to the rest of the file.
import { type ForeignItems, type SkippedItem, idOf } from './foreign-items';
import { fromHypothesis } from './hypothesis-import';
import { fromW3c } from './w3c-import';

/** Highlight records made from a foreign file, not yet validated (import-validate.ts does that). */
export interface ConvertedHighlights {
  source: ForeignItems['source'];
  exportedAt?: string;
  annotations: Record<string, unknown>[];
  /** For each converted record: the position and id of the item it came from, and the fields its format carries (when fewer than all). */
  from: { index: number; id?: string; carried?: readonly string[] }[];
  skipped: SkippedItem[];
}

/** Converts every item; `importedAt` dates an item that gives no time at all. */
export function convertForeignItems(found: ForeignItems, importedAt: string): ConvertedHighlights {
  const result: ConvertedHighlights = {
    source: found.source,
    ...(found.exportedAt ? { exportedAt: found.exportedAt } : {}),
    annotations: [],
    from: [],
    skipped: [],
  };
  const convert = found.source === 'hypothesis' ? fromHypothesis : fromW3c;
  found.items.forEach((item, index) => {
    const conversion = convert(item, importedAt);
    if ('record' in conversion) {
      result.annotations.push(conversion.record);
      result.from.push({ index, ...idOf(item), ...(conversion.carried ? { carried: conversion.carried } : {}) });
    } else {
      result.skipped.push({ index, ...idOf(item), reason: conversion.skip });
    }
  });
  return result;
}
