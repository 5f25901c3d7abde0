// A build step that removes Zod's `new Function` probe from every bundle. Every
// entrypoint sets Zod's `jitless` (lib/zod-jitless.ts), so the probe never runs,
// but it is still in the shipped code and `web-ext lint` reports it as eval
// ("The Function constructor is eval"), which store reviewers query. With the
// probe answering "no eval" statically, Zod's compiled parsers are unreachable too.
import type { Plugin } from 'vite';

/** Zod's runtime utilities, where the probe (`allowsEval`) lives. */
const ZOD_UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;

/** The probe's body as Zod 4 ships it; the build fails if a Zod update changes it. */
const EVAL_PROBE = /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/;

/** Rewrites one module's source; returns null for every module but Zod's utilities. */
export function withoutEvalProbe(code: string, id: string): string | null {
  if (!ZOD_UTIL.test(id)) return null;
  if (!EVAL_PROBE.test(code)) {
    throw new Error(`${id}: Zod's eval probe changed shape; update build/zod-without-eval-probe.ts`);
  }
  return code.replace(EVAL_PROBE, 'return false;');
}

export function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'policy-lens:zod-without-eval-probe',
    enforce: 'pre',
    transform: (code, id) => withoutEvalProbe(code, id),
  };
}
