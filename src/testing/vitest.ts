/**
 * `crossfact/testing/vitest`: registers the crossfact matchers and snapshot serializer with vitest's
 * `expect`, and types them. Import it once, in a setup file (`test.setupFiles`) or at the top of a test:
 *
 * ```ts
 * import 'crossfact/testing/vitest';
 * ```
 */
import { expect } from 'vitest';
import { crossfactMatchers, crossfactSerializer, type CrossfactMatchers } from './index.js';

expect.extend(crossfactMatchers);
expect.addSnapshotSerializer(crossfactSerializer);

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> extends CrossfactMatchers<void> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends CrossfactMatchers<any> {}
}

export * from './index.js';
