/**
 * The worker of `compareMany`: one `compareArticles` call per task, in a worker thread of the
 * pool. A refusal comes back as data (code, issues, message), because an Error crossing threads
 * loses its `code` and `issues`.
 */
import { CrossfactError } from '../errors.js';
import { compareArticles } from '../pipeline.js';
import type { CompareOptions } from '../options.js';
import type { ArticleInput, ComparisonReport } from '../types.js';

export interface ManyTask {
  articles: ArticleInput[];
  options?: CompareOptions;
}

export type ManyOutcome =
  | { ok: true; report: ComparisonReport }
  | { ok: false; error: { code: CrossfactError['code']; issues: CrossfactError['issues']; message: string } };

export default function compareTask({ articles, options }: ManyTask): ManyOutcome {
  try {
    return { ok: true, report: compareArticles(articles, options) };
  } catch (error) {
    const refusal = error instanceof CrossfactError ? error : new CrossfactError('INTERNAL', [{ path: 'articles', message: String(error) }]);
    return { ok: false, error: { code: refusal.code, issues: refusal.issues, message: refusal.message } };
  }
}
