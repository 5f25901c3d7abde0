// What the database keeps about corpus packs: one row per installed pack (the
// bundled one, each subscription, each pack installed from a file) and, per corpus
// record, which packs hold it. Plain types, so db.ts can name them without
// importing the installer.
import type { PackHeader, PackTable } from '../corpus/pack-format';

export type PackKind = 'bundled' | 'subscribed' | 'file';

export interface PackRow extends PackHeader {
  kind: PackKind;
  /** Records of each table the pack carries, as last applied. */
  counts: Record<PackTable, number>;
  installedAt: string;
  /** A subscription's address and what its server said last time, for conditional requests. */
  url?: string;
  etag?: string;
  lastModified?: string;
  lastChecked?: string;
  /** Why the last check or install failed; absent after a success. */
  lastError?: string;
}

export interface PackHolding {
  table: PackTable;
  id: string;
  /** Every pack that carries the record; the record goes when the last one drops it. */
  packIds: string[];
  /** The pack whose version of the record is stored: the most recently published holder. */
  source: string;
  /**
   * Hash of that version: of its line in the pack file when it came from one (lib/corpus/pack-lines.ts),
   * else of its content; so an update can skip records it did not change, unread and unvalidated.
   */
  hash: number;
}
