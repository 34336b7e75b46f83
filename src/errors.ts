/** Machine-readable reasons a call was refused. */
export type CrossfactErrorCode =
  | 'NO_ARTICLES'
  | 'INVALID_INPUT'
  | 'DUPLICATE_ID'
  | 'EMPTY_TEXT'
  | 'INVALID_DATE'
  | 'INVALID_OPTION'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL';

/** One problem with the input, located by its path (`articles[2].publishedAt`). */
export interface CrossfactIssue {
  path: string;
  message: string;
  articleId?: string;
  field?: string;
  /** For LIMIT_EXCEEDED: the limit breached, as named in `options.limits` (`maxArticleBytes`). */
  limit?: string;
}

/**
 * The only error crossfact throws. `issues` lists every problem found, not only the first,
 * each with the path of the offending field.
 */
export class CrossfactError extends Error {
  override readonly name = 'CrossfactError';
  readonly code: CrossfactErrorCode;
  readonly issues: CrossfactIssue[];

  constructor(code: CrossfactErrorCode, issues: CrossfactIssue[], options?: { cause?: unknown }) {
    super(formatIssues(code, issues), options);
    this.code = code;
    this.issues = issues;
  }
}

function formatIssues(code: CrossfactErrorCode, issues: CrossfactIssue[]): string {
  if (issues.length === 0) return code;
  const lines = issues.map((issue) => `${issue.path}: ${issue.message}`);
  return issues.length === 1 ? lines[0]! : `${issues.length} problems:\n- ${lines.join('\n- ')}`;
}

export function isCrossfactError(value: unknown): value is CrossfactError {
  return value instanceof CrossfactError;
}
