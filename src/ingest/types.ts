import type { RemovedSpan, StatementKind, Warning } from '../types.js';

/** A line of the original text, without its line break. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** What a line rule decides about a line; lines no rule claims are body text. */
export type LineVerdict =
  | { kind: 'noise'; rule: string }
  /** A caption; `start`/`end` (original offsets) cover the caption without its photo credit. */
  | { kind: 'caption'; rule: string; start: number; end: number };

/** A line rule: a small parser that recognises one kind of scraping debris or caption. */
export interface LineRule {
  name: string;
  match(line: Line, lines: readonly Line[]): LineVerdict | null;
}

/** A classified line, as the refiners see and change it. */
export interface ClassifiedLine extends Line {
  kind: 'noise' | 'caption' | 'headline' | 'body';
  rule?: string;
  /** The part of the line that is kept (original offsets). */
  keepStart: number;
  keepEnd: number;
  /** The rule that cut the kept part short (a photo credit, a dateline). */
  trimRule?: string;
}

/** A refiner looks at all classified lines at once (headline, duplicate captions, datelines). */
export type LineRefiner = (lines: ClassifiedLine[]) => ClassifiedLine[];

/** A paragraph of cleaned text. `start`/`end` index into `IngestedArticle.clean`. */
export interface Block {
  kind: StatementKind;
  paragraph: number;
  start: number;
  end: number;
  /** ISO 639-3 code when the paragraph is not in English (`und`: not English, language unknown). */
  language?: string;
}

export interface NormalizedArticle {
  id: string;
  text: string;
  source: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The publication instant and its UTC offset in minutes, to resolve relative dates. */
  reference: { instant: Date; timezone: number } | null;
}

export interface IngestedArticle {
  article: NormalizedArticle;
  /** The kept text, paragraphs separated by blank lines. */
  clean: string;
  /** For each index of `clean`, the index of the same character in `article.text`. */
  offsets: Int32Array;
  /**
   * For each index of `clean`, where that character ends in `article.text`: one past it, or past
   * the `;` of the character reference it was decoded from (`&amp;`).
   */
  ends: Int32Array;
  blocks: Block[];
  removed: RemovedSpan[];
  warnings: Warning[];
}
