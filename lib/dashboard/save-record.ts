// Writes a validated record to its table.
import type { PolicyLensDb } from '../storage/db';
import { type RecordOf, recordStore } from '../storage/record-store';
import type { AnyRecord, RecordTable } from './records';

export async function saveRecord(db: PolicyLensDb, table: RecordTable, record: AnyRecord): Promise<void> {
  await recordStore(db, table).put([record as unknown as RecordOf[RecordTable]]);
}

/** Saving these changes what the text index must know. */
export function changesTexts(table: RecordTable): boolean {
  return table === 'statements' || table === 'quotes';
}
