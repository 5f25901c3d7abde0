// Turns off Zod's just-in-time parsers for the bundle that imports it. Zod probes
// for `new Function` and compiles parsers with it; extension pages forbid eval, so
// the probe is a CSP violation on every start and store reviewers query it. Import
// this module FIRST in every entrypoint that can load Zod (lib/zod-jitless.test.ts
// checks that each one does), before any schema parses anything.
import { z } from 'zod';

z.config({ jitless: true });
