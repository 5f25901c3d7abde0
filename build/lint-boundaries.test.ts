import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The boundary rules' messages for `code` placed at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message.replace(/^.* import is restricted from being used( by a pattern)?\. /, ''));
}

/** ESLint loads its parser and every plugin on the first file: seconds on a busy machine. */
const LINT_TIMEOUT_MS = 60_000;

describe('the lint rules that keep the layers apart', { timeout: LINT_TIMEOUT_MS }, () => {
  it('refuse Dexie and the database module in a component', async () => {
    expect(await boundaryErrors('components/highlights/Bad.tsx', "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toEqual([
      'Components use lib/storage functions, not Dexie.',
    ]);
    expect(
      await boundaryErrors('components/dashboard/Bad.tsx', "import { openDatabase } from '@/lib/storage/db';\nexport const db = openDatabase();\n"),
    ).toEqual(['Components use lib/storage functions, not the database module.']);
    expect(
      await boundaryErrors('components/sidebar/Bad.ts', "import { openDatabase } from '../../lib/storage/db';\nexport const db = openDatabase();\n"),
    ).toHaveLength(1);
  });

  it("refuse a component reading a table, and allow lib/storage functions, useLiveQuery and the handle's type", async () => {
    const reads = "import type { PolicyLensDb } from '@/lib/storage/db';\nexport const all = (db: PolicyLensDb) => db.annotations.toArray();\n";
    expect(await boundaryErrors('components/highlights/Bad.ts', reads)).toEqual([
      'Components use lib/storage functions, not database tables.',
    ]);
    const good = [
      "import { useLiveQuery } from 'dexie-react-hooks';",
      "import type { PolicyLensDb } from '@/lib/storage/db';",
      "import { loadHighlightsLibrary } from '@/lib/storage/highlights-library';",
      'export const useLibrary = (db: PolicyLensDb) => useLiveQuery(() => loadHighlightsLibrary(db), [db]);',
    ].join('\n');
    expect(await boundaryErrors('components/highlights/Good.ts', good)).toEqual([]);
  });

  it('refuse lib/ importing components/ or entrypoints/', async () => {
    expect(await boundaryErrors('lib/highlights/bad.ts', "export { countOf } from '../../components/sidebar/format';\n")).toEqual([
      'lib/ must not import components/ or entrypoints/.',
    ]);
    expect(await boundaryErrors('lib/bad.ts', "import { SIDEBAR } from '@/entrypoints/content/host';\nexport const s = SIDEBAR;\n")).toHaveLength(1);
    expect(await boundaryErrors('lib/good.ts', "import { cleanUrl } from './url-key';\nexport const c = cleanUrl;\n")).toEqual([]);
  });
});
