import type { ArticleInput } from '../index.js';

/** The publication date `article()` gives when none is passed: fixed, so relative dates ("Monday") resolve the same on every run. */
export const DEFAULT_PUBLISHED_AT = '2025-01-06';

export interface ArticleOptions {
  /** Defaults to the source as a slug (`"Daily Wire"` → `daily-wire`), or to `article-` and a hash of the text. */
  id?: string;
  /** Outlet name. Defaults to the id. */
  source?: string;
  /** Defaults to `DEFAULT_PUBLISHED_AT`; `null` leaves the article undated. */
  publishedAt?: string | Date | null;
  title?: string;
  url?: string;
  /**
   * Removes the indentation the lines share and the blank lines around the text, so an article can
   * be written as an indented template literal inside a test. Default `true`.
   */
  dedent?: boolean;
}

/**
 * Builds an `ArticleInput` for a test:
 *
 * ```ts
 * const wire = article(`
 *   Bridge closes for repairs
 *
 *   The Alder Street bridge will close for 14 days from May 20.
 * `, { source: 'Wire' });
 * ```
 *
 * Offsets in a report point into the returned article's `text` (after dedenting).
 */
export function article(text: string, options: ArticleOptions = {}): ArticleInput {
  if (typeof text !== 'string') throw new TypeError(`article(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
  const body = options.dedent === false ? text : dedent(text);
  const id = options.id !== undefined ? options.id : (options.source && slug(options.source)) || `article-${hash(body)}`;
  const result: ArticleInput = { id, text: body };
  result.source = options.source ?? result.id;
  const publishedAt = options.publishedAt === undefined ? DEFAULT_PUBLISHED_AT : options.publishedAt;
  if (publishedAt !== null) result.publishedAt = publishedAt;
  if (options.title !== undefined) result.title = options.title;
  if (options.url !== undefined) result.url = options.url;
  return result;
}

/** Strips the blank lines around `text`, the indentation its lines share and trailing spaces. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let indent = Infinity;
  for (const line of lines) if (line !== '') indent = Math.min(indent, /^[ \t]*/.exec(line)![0].length);
  if (!Number.isFinite(indent) || indent === 0) return lines.join('\n');
  return lines.map((line) => line.slice(indent)).join('\n');
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 32 bits, as 8 hex digits: a short id that depends only on the text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
