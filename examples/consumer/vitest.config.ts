import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Registers crossfact's matchers and snapshot serializer before every test file.
    setupFiles: ['./test/setup.ts'],
  },
});
