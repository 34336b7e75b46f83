/**
 * `crossfact/testing/jest`: registers the crossfact matchers and snapshot serializer with jest's
 * global `expect`: add it to jest's config, `setupFilesAfterEnv: ['crossfact/testing/jest']`.
 * Types come with `@types/jest` (global `expect`); with `@jest/globals`, see the README.
 */
import { crossfactMatchers, crossfactSerializer } from './index.js';

interface JestLikeExpect {
  extend(matchers: object): void;
  addSnapshotSerializer?(serializer: object): void;
}

const expect = (globalThis as { expect?: JestLikeExpect }).expect;
if (!expect || typeof expect.extend !== 'function') {
  throw new Error("crossfact/testing/jest: no global `expect` to extend. Load it from jest's setupFilesAfterEnv, or call expect.extend(crossfactMatchers) yourself.");
}
expect.extend(crossfactMatchers);
expect.addSnapshotSerializer?.(crossfactSerializer);

export * from './index.js';
