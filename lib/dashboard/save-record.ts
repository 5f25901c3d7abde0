// Writes a validated record to its table; a statement also gets its URL lookup keys.
import type { Table } from 'dexie';
import type { Statement } from '../schema';
import { type PolicyLensDb, statementUrlKeys } from '../storage/db';
import type { AnyRecord, RecordTable } from './records';

export async function saveRecord(db: PolicyLensDb, table: RecordTable, record: AnyRecord): Promise<void> {
  if (table === 'statements') {
    const statement = record as unknown as Statement;
    await db.statements.put({ ...statement, urlKeys: statementUrlKeys(statement) });
    return;
  }
  await (db[table] as unknown as Table<AnyRecord, string>).put(record);
}

/** Saving these changes what the text index must know. */
export function changesTexts(table: RecordTable): boolean {
  return table === 'statements' || table === 'quotes';
}
