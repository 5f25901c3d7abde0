import { describe, expect, it } from 'vitest';
import { serializeSyncFile } from '../../lib/sync/export';
import { parseImportText } from '../../lib/sync/import-validate';
import { syntheticSyncFile } from './synthetic-sync-file';

describe('the synthetic sync file for benchmarks', () => {
  it('is valid, the size asked for, and the same for the same seed', () => {
    const file = syntheticSyncFile(30, 200, 7);
    expect(file.statements).toHaveLength(30);
    expect(file.annotations).toHaveLength(200);
    const parsed = parseImportText(serializeSyncFile(file));
    expect(parsed.ok ? 'valid' : parsed.errors.slice(0, 3)).toBe('valid');
    expect(syntheticSyncFile(30, 200, 7)).toEqual(file);
  });

  it('gives another seed other versions of the same records', () => {
    const a = syntheticSyncFile(5, 50, 1);
    const b = syntheticSyncFile(5, 50, 2);
    expect(b.annotations.map((x) => x.id)).toEqual(a.annotations.map((x) => x.id));
    expect(b.annotations).not.toEqual(a.annotations);
  });

  it('anchors highlights on statements at the quoted words', () => {
    const file = syntheticSyncFile(10, 100, 3);
    const byId = new Map(file.statements.map((s) => [s.id, s]));
    const onStatements = file.annotations.filter((a) => a.statementId);
    expect(onStatements.length).toBeGreaterThan(20);
    for (const a of onStatements) {
      const [quote, position] = a.target.selector;
      expect(byId.get(a.statementId!)!.text.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('makes highlights without statements too', () => {
    expect(syntheticSyncFile(0, 20, 1).annotations.every((a) => a.statementId === undefined)).toBe(true);
  });
});
