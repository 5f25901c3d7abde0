// The files of the destructive-import consent tests (browser-tests/sync*.test.ts,
// components/sync/SyncPanel.test.tsx): three highlights of the analyst's, and a
// file that claims a harmless scope and holds only deletions of two of them.
import { serializeSyncFile } from '../../lib/sync/export';
import { at, highlight, syncFile } from './fixtures';

export const THREE_HIGHLIGHTS = serializeSyncFile(
  syncFile({
    annotations: [
      highlight('hl-keep', { note: 'Keep this one' }),
      highlight('hl-gone-1', { note: 'First to go' }),
      highlight('hl-gone-2', { note: 'Second to go' }),
    ],
  }),
);

export const DELETES_TWO = serializeSyncFile(
  syncFile({
    scope: { kind: 'tag', tag: 'harmless' },
    deletions: [
      { table: 'annotations', id: 'hl-gone-1', deletedAt: at(30) },
      { table: 'annotations', id: 'hl-gone-2', deletedAt: at(30) },
    ],
  }),
);
