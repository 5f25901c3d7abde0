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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
