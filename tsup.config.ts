import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // Dependencies stay external: users install them; bundling natural would drag in its storage back-ends.
  skipNodeModulesBundle: true,
  // import.meta.url in the CommonJS build (lazy loading of JSON word lists).
  shims: true,
});
