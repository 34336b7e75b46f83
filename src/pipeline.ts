import { alignStatements } from './align/index.js';
import { corpusIdf, profileStatement } from './align/profile.js';
import { CrossfactError } from './errors.js';
import { resolveEntities } from './extract/resolve.js';
import { resolveOptions, type CompareOptions } from './options.js';
import { readArticles } from './read.js';
import { buildReport } from './report/build.js';
import type { ArticleInput, ComparisonReport } from './types.js';
import { checkStatementCount, validateArticles } from './validate.js';

/**
 * Compares N articles about one story. Synchronous: returns the report, or throws a CrossfactError.
 *
 * ingest (clean, keep offsets) → segment → extract → resolve entities across articles →
 * align (candidates from an inverted index, pairs scored, facts, topics) → compare → report.
 */
export function compareArticles(articles: ArticleInput[], options?: CompareOptions): ComparisonReport {
  try {
    const settings = resolveOptions(options);
    const inputs = validateArticles(articles, settings.limits);
    checkStatementCount(inputs, settings.limits);
    // Processing in id order makes the report independent of the order articles come in.
    const ordered = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const extracted = readArticles(ordered, settings.limits.maxStatementLength);
    const { entities, statements } = resolveEntities(extracted);
    const all = statements.flat();
    const profiles = all.map(profileStatement);
    const aligned = alignStatements(profiles, corpusIdf(profiles), settings);
    return buildReport({
      inputOrder: inputs.map((a) => a.id),
      articles: extracted.map((e, i) => ({ ingested: e.ingested, statements: statements[i]! })),
      entities,
      statements: all,
      aligned,
    });
  } catch (error) {
    if (error instanceof CrossfactError) throw error;
    throw new CrossfactError('INTERNAL', [{ path: 'articles', message: `unexpected failure: ${(error as Error)?.message ?? String(error)}` }], { cause: error });
  }
}
