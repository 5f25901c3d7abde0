import { describe, expect, it } from 'vitest';
import { serializeSyncFile } from './export';
import { SYNC_FORMAT_VERSION } from './format';
import { MAX_LISTED_ERRORS } from './import-errors';
import { parseImportText, validateImportJson } from './import-validate';
import { highlight, organisation, person, syncFile } from '../../test-support/sync/fixtures';

/** The messages of a refused file (fails the test if the file was accepted). */
function refusal(text: string): string[] {
  const result = parseImportText(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.errors.map((e) => e.message);
}

const asJson = (value: unknown) => JSON.stringify(value);

describe('reading a sync file', () => {
  it('accepts a valid file and returns its records typed', () => {
    const file = syncFile({ people: [person('jane-doe')], annotations: [highlight('ann-1', { speakerId: 'jane-doe' })] });
    const result = parseImportText(serializeSyncFile(file));
    expect(result).toMatchObject({ ok: true, source: 'policy-lens', skipped: [] });
    expect(result.ok && result.file).toEqual(file);
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('{"format": "policy-lens-sync",')[0]).toMatch(/^This file is not JSON, so it is not a Policy Lens sync file/);
  });

  it('refuses a file of another format, naming it', () => {
    expect(refusal(asJson({ format: 'zotero-export', version: 1 }))).toEqual([
      'This file is in the format "zotero-export", not a Policy Lens sync file (format "policy-lens-sync").',
    ]);
    expect(refusal(asJson({ hello: 'world' }))[0]).toMatch(/not a Policy Lens sync file \(it has no "format" field\)/);
    expect(refusal(asJson({ format: 'policy-lens-corpus', version: 3 }))[0]).toMatch(/corpus file .* never imported/);
  });

  it('refuses a file from a newer version of the extension, saying what to do', () => {
    const result = validateImportJson({ ...syncFile(), version: SYNC_FORMAT_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, total: 1 });
    expect(!result.ok && result.errors[0]).toEqual({
      message: `This file was written by a newer version of Policy Lens (sync format version ${SYNC_FORMAT_VERSION + 1}); this extension reads versions 0 to ${SYNC_FORMAT_VERSION}. Update the extension, then import the file again.`,
      field: 'version',
    });
    expect(refusal(asJson({ ...syncFile(), version: 'one' }))[0]).toMatch(/^field "version": must be a whole number/);
  });

  it('names the table, position, id and field of an invalid record', () => {
    const annotations = ['ann-1', 'ann-2', 'ann-3', 'ann-7'].map((id) => highlight(id));
    const broken = structuredClone(annotations);
    broken[3]!.target.selector[0].exact = '';
    const result = validateImportJson(syncFile({ annotations: broken }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      {
        message: 'annotations[3] (id "ann-7"): field "target.selector.0.exact": must not be empty',
        list: 'annotations',
        index: 3,
        id: 'ann-7',
        field: 'target.selector.0.exact',
      },
    ]);
  });

  it('reports every problem in the file, each in words an analyst can act on', () => {
    const { note: _missing, ...noNote } = highlight('ann-1');
    const file = {
      ...syncFile({ organisations: [organisation('nhs-providers')] }),
      exportedAt: 'last Tuesday',
      annotations: [
        noNote,
        { ...highlight('ann-2'), updatedAt: '2026-13-01', colour: 'orange' },
        { ...highlight('Ann 3'), origin: 'corpus', url: 'ftp://example.org/file' },
        'a highlight',
      ],
      deletions: [{ table: 'annotation', id: 'ann-9', deletedAt: '2026-01-01T00:00:00Z' }],
    };
    expect(refusal(asJson(file))).toEqual([
      'field "exportedAt": must be a date and time such as "2026-01-02T03:04:05Z"',
      'annotations[0] (id "ann-1"): field "note": is missing',
      'annotations[1] (id "ann-2"): field "updatedAt": must be a date and time such as "2026-01-02T03:04:05Z"',
      'annotations[1] (id "ann-2"): field "colour": must be one of "yellow", "green", "blue", "pink", "purple"; found the text "orange"',
      'annotations[2] (id "Ann 3"): field "id": must be a lower-case slug such as "nhs-providers"',
      'annotations[2] (id "Ann 3"): field "origin": must be "user": a sync file carries only records you created or edited',
      'annotations[2] (id "Ann 3"): field "url": must be a web address starting with http:// or https://',
      'annotations[3]: must be a group of fields, not the text "a highlight"',
      'deletions[0] (id "ann-9"): field "table": must be one of "organisations", "events", "people", "topics", "statements", "quotes", "annotations"; found the text "annotation"',
    ]);
  });

  it('refuses a file that repeats a record, or both keeps and deletes one', () => {
    const file = syncFile({
      annotations: [highlight('ann-1'), highlight('ann-2'), highlight('ann-1')],
      deletions: [
        { table: 'annotations', id: 'ann-2', deletedAt: '2026-01-01T00:00:00.000Z' },
        { table: 'people', id: 'gone', deletedAt: '2026-01-01T00:00:00.000Z' },
        { table: 'people', id: 'gone', deletedAt: '2026-01-02T00:00:00.000Z' },
      ],
    });
    expect(refusal(asJson(file))).toEqual([
      'annotations[2] (id "ann-1"): field "id": repeats the id of annotations[0]: a file holds each record once',
      'deletions[0] (highlight "ann-2"): deletes the highlight that annotations[1] holds: a file cannot both keep and delete a record',
      'deletions[2] (person "gone"): deletes the same person as deletions[1]',
    ]);
  });

  it('lists the first problems of a file broken throughout, and counts them all', () => {
    const annotations = Array.from({ length: 200 }, (_, i) => ({ ...highlight(`ann-${i}`), colour: 'orange' }));
    const result = validateImportJson({ ...syncFile(), annotations });
    expect(result).toMatchObject({ ok: false, total: 200 });
    expect(!result.ok && result.errors).toHaveLength(MAX_LISTED_ERRORS);
  });

  it('treats a table the file leaves out as empty', () => {
    const { people: _p, quotes: _q, deletions: _d, ...trimmed } = syncFile({ annotations: [highlight('ann-1')] });
    const result = validateImportJson(trimmed);
    expect(result.ok && [result.file.people, result.file.deletions, result.file.annotations.length]).toEqual([[], [], 1]);
  });
});
