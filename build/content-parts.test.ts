import { describe, expect, it } from 'vitest';
import { pagePartsModule } from './content-parts';

describe('the page parts module', () => {
  it('is one ES module exporting startPageParts, with no Zod and no eval', async () => {
    const text = await pagePartsModule(process.cwd());
    expect(text).toMatch(/export\s*\{[^}]*\bstartPageParts\b/);
    expect(text).not.toMatch(/^\s*import\s/m); // self-contained: nothing else for the page to fetch
    expect(text).not.toContain('new Function');
    expect(text).not.toContain('ZodError');
  }, 30_000);
});
