import type { ArticleInput, RemovedSpan, Warning } from '../types.js';
import { CleanTextBuilder } from './builder.js';
import { findInlineEdits } from './inline.js';
import { detectLanguage } from './language.js';
import { dropDuplicateCaptions } from './refiners/duplicate-caption.js';
import { stripDateline } from './refiners/dateline.js';
import { markHeadline } from './refiners/headline.js';
import { boilerplate } from './rules/boilerplate.js';
import { byline } from './rules/byline.js';
import { caption } from './rules/caption.js';
import { commentBox } from './rules/comment-box.js';
import { markdownImage } from './rules/markdown-image.js';
import { metadataLine } from './rules/metadata.js';
import type { Block, ClassifiedLine, IngestedArticle, Line, LineRefiner, LineRule, NormalizedArticle } from './types.js';

export type { Block, IngestedArticle, NormalizedArticle } from './types.js';

/** Line rules, tried in order; the first that claims a line decides it. */
export const LINE_RULES: readonly LineRule[] = [markdownImage, boilerplate, commentBox, metadataLine, byline, caption];
/** Refiners, applied in order to all classified lines. */
export const LINE_REFINERS: readonly LineRefiner[] = [dropDuplicateCaptions, markHeadline, stripDateline];

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

export function classifyLines(lines: readonly Line[]): ClassifiedLine[] {
  const classified = lines.map((line): ClassifiedLine => {
    if (line.text.trim() === '') return { ...line, kind: 'body', keepStart: line.start, keepEnd: line.end };
    for (const rule of LINE_RULES) {
      const verdict = rule.match(line, lines);
      if (!verdict) continue;
      if (verdict.kind === 'noise') return { ...line, kind: 'noise', rule: verdict.rule, keepStart: line.start, keepEnd: line.start };
      return {
        ...line,
        kind: 'caption',
        rule: verdict.rule,
        keepStart: verdict.start,
        keepEnd: verdict.end,
        ...(verdict.rule === 'caption' ? { trimRule: 'photo-credit' } : {}),
      };
    }
    const lead = line.text.length - line.text.trimStart().length;
    return { ...line, kind: 'body', keepStart: line.start + lead, keepEnd: line.start + line.text.trimEnd().length };
  });
  return LINE_REFINERS.reduce((current, refine) => refine(current), classified);
}

// A line break inside a paragraph (hard-wrapped text) versus one between paragraphs: a line
// that ends a sentence, or is much shorter than the text's usual line, ends its paragraph.
function endsParagraph(line: ClassifiedLine, typicalLength: number): boolean {
  const text = line.text.trimEnd();
  return /[.!?:;"”’)\]]$/.test(text) || text.length < typicalLength * 0.6;
}

export interface IngestOptions {
  /** Tell the language of each paragraph (default true); counting statements needs no language. */
  detectLanguage?: boolean;
}

export function ingestArticle(article: NormalizedArticle, options: IngestOptions = {}): IngestedArticle {
  const original = article.text;
  const lines = classifyLines(splitLines(original));
  const removed: RemovedSpan[] = [];
  const warnings: Warning[] = [];
  const builder = new CleanTextBuilder(original);
  const blocks: Block[] = [];
  // Loops and `Array.from` here, not `map` and `filter`, whose lists V8's compiled code made of
  // another kind than before: the code reading them was dropped at each new kind.
  const bodyLengths: number[] = [];
  for (const line of lines) {
    const length = line.kind === 'body' ? line.text.trim().length : 0;
    if (length) bodyLengths.push(length);
  }
  bodyLengths.sort((a, b) => a - b);
  const typicalLength = bodyLengths[Math.floor(bodyLengths.length * 0.75)] ?? 0;

  let open: Block | null = null;
  const closeBlock = () => {
    if (!open) return;
    builder.trimTrailingSpace();
    open.end = builder.position;
    if (open.end > open.start) blocks.push(open);
    open = null;
  };

  for (const line of lines) {
    if (line.kind === 'noise') {
      if (line.text.trim()) removed.push({ start: line.start, end: line.end, rule: line.rule ?? 'noise' });
      continue;
    }
    if (line.text.trim() === '') {
      closeBlock();
      continue;
    }
    if (line.keepStart > line.start && line.text.slice(0, line.keepStart - line.start).trim()) {
      removed.push({ start: line.start, end: line.keepStart, rule: line.trimRule ?? line.rule ?? 'trim' });
    }
    if (line.keepEnd < line.end && line.text.slice(line.keepEnd - line.start).trim()) {
      removed.push({ start: line.keepEnd, end: line.end, rule: line.trimRule ?? line.rule ?? 'trim' });
    }
    const kind = line.kind === 'body' ? 'body' : line.kind;
    if (open && (kind !== 'body' || open.kind !== 'body')) closeBlock();
    if (!open) {
      if (builder.position > 0) builder.appendSynthetic('\n\n', line.start);
      open = { kind, paragraph: blocks.length, start: builder.position, end: builder.position };
    } else {
      builder.appendJoiningSpace(line.start);
    }
    let cursor = line.keepStart;
    for (const edit of findInlineEdits(original.slice(line.keepStart, line.keepEnd), line.keepStart)) {
      builder.appendOriginal(cursor, edit.start);
      if (edit.keep) builder.appendOriginal(edit.keep.start, edit.keep.end);
      removed.push({ start: edit.start, end: edit.end, rule: edit.rule });
      cursor = edit.end;
    }
    builder.appendOriginal(cursor, line.keepEnd);
    if (kind !== 'body' || endsParagraph(line, typicalLength)) closeBlock();
  }
  closeBlock();

  const { text, offsets, ends } = builder.build();
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const block of blocks) {
    const paragraph = text.slice(block.start, block.end);
    const opening = (paragraph.match(/[“«]/g) ?? []).length;
    const closing = (paragraph.match(/[”»]/g) ?? []).length;
    if (opening !== closing || (paragraph.match(/"/g) ?? []).length % 2 === 1) {
      warnings.push({
        code: 'UNBALANCED_QUOTES',
        message: 'A paragraph opens and closes a different number of quotation marks: its quotations and sentence breaks may be off.',
        articleId: article.id,
        start: offsets[block.start]!,
        end: ends[block.end - 1]!,
      });
    }
  }
  blocks.forEach((block, index) => (block.paragraph = index));
  if (options.detectLanguage !== false) warnings.push(...markLanguages(article.id, text, offsets, ends, blocks));
  return { article, clean: text, offsets, ends, blocks, removed, warnings };
}

// At most this many NON_ENGLISH warnings for the paragraphs of one article.
const MAX_LANGUAGE_WARNINGS = 20;

/**
 * Marks the paragraphs that are not in English, and warns. When most of the article's letters are
 * in such paragraphs, the whole article is taken for that language (short paragraphs, which
 * cannot be judged alone, included) and one warning says so; otherwise each run of foreign
 * paragraphs gets a warning with its span. Extraction reads English only, so it leaves names,
 * speakers, hedges and negations of marked paragraphs alone rather than guess.
 */
function markLanguages(articleId: string, clean: string, offsets: Int32Array, ends: Int32Array, blocks: Block[]): Warning[] {
  const verdicts = Array.from(blocks, (block) => detectLanguage(clean.slice(block.start, block.end)));
  const letters = verdicts.reduce((sum, v) => sum + v.letters, 0);
  const foreign = new Map<string, number>();
  for (const v of verdicts) if (v.language) foreign.set(v.language, (foreign.get(v.language) ?? 0) + v.letters);
  const foreignLetters = [...foreign.values()].reduce((sum, n) => sum + n, 0);
  if (foreignLetters === 0) return [];
  const ENGLISH = 'English';
  if (foreignLetters * 2 >= letters) {
    const language = [...foreign.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    blocks.forEach((block, i) => (block.language = verdicts[i]!.language ?? language));
    return [
      {
        code: 'NON_ENGLISH',
        message: `The article does not read as ${ENGLISH} (${describeLanguage(language)}): crossfact reads English only, so names, speakers, hedges and negations were not looked for; its statements are still aligned by their words and numbers.`,
        articleId,
        language,
      },
    ];
  }
  const warnings: Warning[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const language = verdicts[i]!.language;
    if (!language) continue;
    let last = i;
    while (last + 1 < blocks.length && verdicts[last + 1]!.language === language) last++;
    for (let k = i; k <= last; k++) blocks[k]!.language = language;
    if (warnings.length < MAX_LANGUAGE_WARNINGS) {
      warnings.push({
        code: 'NON_ENGLISH',
        message: `${last > i ? 'These paragraphs do' : 'This paragraph does'} not read as ${ENGLISH} (${describeLanguage(language)}): names, speakers, hedges and negations were not looked for in ${last > i ? 'them' : 'it'}.`,
        articleId,
        start: offsets[blocks[i]!.start]!,
        end: ends[blocks[last]!.end - 1]!,
        language,
      });
    }
    i = last;
  }
  return warnings;
}

function describeLanguage(code: string): string {
  return code === 'und' ? 'language not recognised' : `detected: ${code}`;
}

/** Maps a span of the cleaned text back to the original text. */
export function toOriginalSpan(ingested: IngestedArticle, start: number, end: number): { start: number; end: number } {
  return { start: ingested.offsets[start]!, end: ingested.ends[end - 1]! };
}

export function normalizeArticle(input: ArticleInput): NormalizedArticle {
  return {
    id: input.id,
    text: input.text,
    source: input.source?.trim() || input.id,
    title: input.title?.trim() || null,
    url: input.url?.trim() || null,
    ...readPublishedAt(input.publishedAt),
  };
}

// A date-only value means that calendar day wherever it was published: resolve against its noon
// UTC. A date and time without a zone is read as UTC, never as the zone of the machine running us.
function readPublishedAt(value: string | Date | undefined): Pick<NormalizedArticle, 'publishedAt' | 'reference'> {
  if (value === undefined) return { publishedAt: null, reference: null };
  if (value instanceof Date) return { publishedAt: value.toISOString(), reference: { instant: value, timezone: 0 } };
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { publishedAt: text, reference: { instant: new Date(`${text}T12:00:00Z`), timezone: 0 } };
  const zone = /(?:([+-])(\d{2}):?(\d{2})|Z|\b(?:UTC|GMT))$/i.exec(text);
  const timezone = zone?.[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return { publishedAt: text, reference: { instant: parsePublicationDate(text)!, timezone } };
}

/** Reads a publication date; a value without a zone is UTC. Null when it is no real date ("2025-02-30", "1"). */
export function parsePublicationDate(text: string): Date | null {
  const trimmed = text.trim();
  if (!/\b\d{4}\b/.test(trimmed)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(trimmed);
  if (iso) {
    const [, y, m, d] = iso;
    const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (day.getUTCMonth() !== Number(m) - 1 || day.getUTCDate() !== Number(d)) return null;
    const withZone = iso[4] && !iso[7] ? `${trimmed.replace(' ', 'T')}Z` : iso[4] ? trimmed : `${trimmed}T12:00:00Z`;
    const date = new Date(withZone);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const hasZone = /(?:[+-]\d{2}:?\d{2}|Z|\b(?:UTC|GMT))$/i.test(trimmed);
  const date = new Date(hasZone ? trimmed : `${trimmed} UTC`);
  return Number.isNaN(date.getTime()) ? null : date;
}
