import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HighlightColour } from './schema';
import { HIGHLIGHT_SWATCHES, PDF_MARK_ALPHA, swatchStylesheet, translucent } from './highlight-palette';
import { PDF_HIGHLIGHT_COLOURS } from './pdf/marks';

const ROOT = join(import.meta.dirname, '..');
/** Where the shipped code and styles live. */
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the highlight palette', () => {
  it('has one #rrggbb swatch per highlight colour', () => {
    expect(Object.keys(HIGHLIGHT_SWATCHES).sort()).toEqual([...HighlightColour.options].sort());
    for (const value of Object.values(HIGHLIGHT_SWATCHES)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('writes every swatch as a custom property, for documents and shadow roots', () => {
    expect(swatchStylesheet()).toBe(
      ':root, :host { --pl-swatch-yellow: #ffe066; --pl-swatch-green: #8ce99a; --pl-swatch-blue: #74c0fc; --pl-swatch-pink: #faa2c1; --pl-swatch-purple: #b197fc; }',
    );
  });

  it('derives the PDF marks from the same swatches, translucent', () => {
    expect(translucent('#ffe066', 0.55)).toBe('rgba(255, 224, 102, 0.55)');
    expect(() => translucent('#fff', 0.5)).toThrow('Not a #rrggbb colour: #fff');
    for (const colour of HighlightColour.options) {
      expect(PDF_HIGHLIGHT_COLOURS[colour]).toBe(translucent(HIGHLIGHT_SWATCHES[colour], PDF_MARK_ALPHA));
    }
  });

  it('is declared once: no other source file repeats a swatch value', () => {
    const values = Object.values(HIGHLIGHT_SWATCHES);
    const repeats = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((path) => !path.endsWith('highlight-palette.ts'))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8').toLowerCase();
        return values.filter((value) => text.includes(value)).map((value) => `${relative(ROOT, path)}: ${value}`);
      });
    expect(repeats).toEqual([]);
  });
});
