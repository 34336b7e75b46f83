import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * crossfact/testing imports the library as a user does: in dist/testing/*, `../index.js` becomes
 * `crossfact` and `./index.js` (from the vitest and jest set-ups) `crossfact/testing`, so the
 * testing code shares the library's module instead of carrying a copy of it in each format.
 */
const testingImports: Plugin = {
  name: 'crossfact-testing-imports',
  setup(build) {
    const testing = resolve('src/testing');
    build.onResolve({ filter: /^\.\.?\/index\.js$/ }, (args) => {
      if (!args.importer.startsWith(testing)) return undefined;
      const target = resolve(dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      if (target === resolve('src/index.ts')) return { path: 'crossfact', external: true };
      if (target === resolve('src/testing/index.ts')) return { path: 'crossfact/testing', external: true };
      return undefined;
    });
  },
};

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
    entry: {
      index: 'src/index.ts',
      // crossfact/testing: matchers, snapshot serializer and fixtures, and their vitest and jest set-ups.
      'testing/index': 'src/testing/index.ts',
      'testing/vitest': 'src/testing/vitest.ts',
      'testing/jest': 'src/testing/jest.ts',
      // compareMany's worker thread module: the ESM build is the one both bundles load.
      'many-worker': 'src/many/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    external: ['vitest'],
    esbuildPlugins: [testingImports],
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
