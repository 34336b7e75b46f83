import { CrossfactError, type CrossfactIssue } from './errors.js';

/**
 * How much input one call accepts. Every limit has a safe default; a breach of any limit but
 * `maxStatementLength` is refused with a `LIMIT_EXCEEDED` error naming the limit and the option
 * that raises it. `Infinity` lifts a limit.
 */
export interface Limits {
  /** Most articles in one call. Default 500. */
  maxArticles?: number;
  /** Most UTF-8 bytes in one article's text. Default 2 000 000 (2 MB). */
  maxArticleBytes?: number;
  /** Most UTF-8 bytes in all the articles' texts together. Default 4 000 000 (4 MB). */
  maxTotalBytes?: number;
  /** Most characters in an article's id, source, title, url or publishedAt. Default 2 000. */
  maxFieldLength?: number;
  /**
   * Most statements (sentences after cleaning) in all the articles together. Default 10 000.
   * Comparing costs time about in proportion to the statements (candidate pairs come from an
   * index, at most a few dozen per statement): about 1 s per 1 000 statements on two cores.
   */
  maxStatements?: number;
  /**
   * Longest statement, in characters. A longer sentence (a page without punctuation) is cut
   * into statements at clause or word breaks, with a LONG_STATEMENT warning. Default 2 000.
   */
  maxStatementLength?: number;
}

export type ResolvedLimits = Required<Limits>;

export const DEFAULT_LIMITS: Readonly<ResolvedLimits> = Object.freeze({
  maxArticles: 500,
  maxArticleBytes: 2_000_000,
  maxTotalBytes: 4_000_000,
  maxFieldLength: 2_000,
  maxStatements: 10_000,
  maxStatementLength: 2_000,
});

/** Smallest value each limit accepts: a statement cut shorter than this would cut words apart. */
export const LIMIT_MINIMUM: Readonly<Record<keyof Limits, number>> = Object.freeze({
  maxArticles: 1,
  maxArticleBytes: 1,
  maxTotalBytes: 1,
  maxFieldLength: 1,
  maxStatements: 1,
  maxStatementLength: 100,
});

/** Length of `text` in UTF-8 bytes, without encoding it. A lone surrogate counts as U+FFFD (3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether `text` is longer than `max` UTF-8 bytes, reading no more of it than needed. */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true; // every UTF-16 unit is one byte or more
  if (text.length * 3 <= max) return false; // and three at most
  return utf8Length(text) > max;
}

/** An issue for a breached limit: what was found, the limit, and how to raise it. */
export function limitIssue(limit: keyof Limits, path: string, found: string, max: number, extra: Partial<CrossfactIssue> = {}): CrossfactIssue {
  return {
    path,
    message: `${found}, over the limit of ${formatNumber(max)} (limits.${limit}); raise it with the option { limits: { ${limit}: <number> } }`,
    limit,
    ...extra,
  };
}

export function limitError(issues: CrossfactIssue[]): CrossfactError {
  return new CrossfactError('LIMIT_EXCEEDED', issues);
}

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US') : String(value);
}
