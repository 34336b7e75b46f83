/**
 * `crossfact/testing`: matchers, a snapshot serializer and fixtures for the tests of projects that
 * use crossfact. Works with vitest and jest alike:
 *
 * ```ts
 * import { expect } from 'vitest';
 * import { crossfactMatchers, crossfactSerializer } from 'crossfact/testing';
 * expect.extend(crossfactMatchers);
 * expect.addSnapshotSerializer(crossfactSerializer);
 * ```
 *
 * or, shorter, `import 'crossfact/testing/vitest'` (or `'crossfact/testing/jest'`) in a setup file.
 * Nothing here is part of the main `crossfact` entry.
 */
import type { CrossfactMatchers } from './matchers.js';

export {
  crossfactMatchers,
  ASPECTS,
  FACT_ASPECTS,
  type CrossfactMatchers,
  type CrossfactMatcherFunctions,
  type DivergenceExpectation,
  type AgreementOptions,
  type KeepFactsOptions,
  type MatcherContext,
  type MatcherResult,
  type ReportLike,
} from './matchers.js';
export { formatReport, formatFinding, crossfactSerializer, createCrossfactSerializer, isFinding, type FormatReportOptions, type SnapshotSerializer } from './snapshot.js';
export { article, dedent, DEFAULT_PUBLISHED_AT, type ArticleOptions } from './fixtures.js';
export { isComparisonReport, type About } from './text.js';

// Types for `expect(report).toHaveDivergence(...)`: jest's global `expect` (@types/jest) and vitest's
// assertions (which extend `jest.Matchers`) both read this interface.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends CrossfactMatchers<R> {}
  }
}
