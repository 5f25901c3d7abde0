import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser suite: `npx vitest run --config browser-tests/vitest.config.ts`
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'browser',
    environment: 'node',
    include: ['browser-tests/**/*.test.ts'],
    // Each file starts its own browsers; the machines have 2 cores.
    fileParallelism: false,
    // One retry: right after a frame of the extension (re)loads, Playwright's and BiDi's frame
    // lists can lag for a moment, and on a loaded 2-core machine a read may land in that gap. A
    // test still has to pass outright on its second run; failures of the first run are printed.
    retry: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
