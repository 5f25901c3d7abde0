import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutEvalProbe } from './zod-without-eval-probe';

const zodUtil = join(createRequire(import.meta.url).resolve('zod').replace(/index\.c?js$/, ''), 'v4/core/util.js');

describe('Zod without its eval probe', () => {
  it("rewrites the installed Zod's probe so nothing calls the Function constructor", () => {
    const source = readFileSync(zodUtil, 'utf8');
    expect(source).toMatch(/new F\(""\)/);
    const rewritten = withoutEvalProbe(source, zodUtil);
    expect(rewritten).not.toBeNull();
    expect(rewritten).not.toMatch(/= Function;|new F\(/);
    expect(rewritten).toMatch(/export const allowsEval = /);
  });

  it('leaves every other module alone', () => {
    expect(withoutEvalProbe('const F = Function; new F("");', '/x/node_modules/other/util.js')).toBeNull();
  });

  it('fails the build when a Zod update changes the probe, instead of shipping it silently', () => {
    expect(() => withoutEvalProbe('export const allowsEval = () => eval("1");', '/x/node_modules/zod/v4/core/util.js')).toThrow(
      /eval probe changed shape/,
    );
  });
});
