import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'node20',
  // Dependencies stay external: users install them; bundling natural would drag in its storage back-ends.
  skipNodeModulesBundle: true,
  // import.meta.url in the CommonJS build (lazy loading of JSON word lists).
  shims: true,
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds run at once: the library's clean-up must leave the CLI's output alone.
    clean: ['!cli.js', '!cli.js.map'],
  },
  {
    ...shared,
    // The `crossfact` command (package.json "bin").
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
