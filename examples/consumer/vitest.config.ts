import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Registers crossfact's matchers and snapshot serializer before every test file.
    setupFiles: ['./test/setup.ts'],
    // compareMany's worker threads each load the library and its word lists (about 2 s on an idle
    // machine, several times that on a busy CI runner): 5 s is too short to be a fair bound.
    testTimeout: 30_000,
  },
});
