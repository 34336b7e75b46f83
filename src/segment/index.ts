import type { Block, IngestedArticle } from '../ingest/types.js';
import { toOriginalSpan } from '../ingest/index.js';
import type { StatementKind } from '../types.js';
import { DEFAULT_LIMITS, formatNumber } from '../limits.js';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS } from './abbreviations.js';

/** A sentence: offsets into the cleaned text and into the original text. */
export interface Sentence {
  id: string;
  articleId: string;
  index: number;
  kind: StatementKind;
  paragraph: number;
  text: string;
  cleanStart: number;
  cleanEnd: number;
  start: number;
  end: number;
}

// A quotation running longer than this is taken for a stray mark, not a quote spanning sentences.
const MAX_QUOTE_SPAN = 800;

/**
 * Splits every block of an ingested article into sentences; captions and headlines stay whole.
 * A sentence longer than `maxStatementLength` characters (a page without punctuation) is cut
 * into statements at clause or word breaks, and a LONG_STATEMENT warning is added to the
 * ingested article's warnings.
 */
export function segmentArticle(ingested: IngestedArticle, maxStatementLength: number = DEFAULT_LIMITS.maxStatementLength): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of ingested.blocks) {
    const whole = block.kind === 'body' ? splitSentences(ingested.clean, block.start, block.end) : [[block.start, block.end] as const];
    const ranges: Array<readonly [number, number]> = [];
    for (const range of whole) {
      if (range[1] - range[0] <= maxStatementLength) {
        ranges.push(range);
        continue;
      }
      const pieces = cutLongSentence(ingested.clean, range[0], range[1], maxStatementLength);
      ranges.push(...pieces);
      const original = toOriginalSpan(ingested, range[0], range[1]);
      if (!ingested.warnings.some((w) => w.code === 'LONG_STATEMENT' && w.start === original.start)) {
        ingested.warnings.push({
          code: 'LONG_STATEMENT',
          message: `A sentence of ${formatNumber(range[1] - range[0])} characters was cut into ${pieces.length} statements of at most ${formatNumber(maxStatementLength)} (limits.maxStatementLength); raise it with the option { limits: { maxStatementLength: <number> } }.`,
          articleId: ingested.article.id,
          ...original,
        });
      }
    }
    for (const [cleanStart, cleanEnd] of ranges) {
      const index = sentences.length;
      const original = toOriginalSpan(ingested, cleanStart, cleanEnd);
      sentences.push({
        id: `${ingested.article.id}#${index}`,
        articleId: ingested.article.id,
        index,
        kind: block.kind,
        paragraph: block.paragraph,
        text: ingested.clean.slice(cleanStart, cleanEnd),
        cleanStart,
        cleanEnd,
        ...original,
      });
    }
  }
  return sentences;
}

/** Sentence ranges `[start, end)` of `text[from:to]`, in `text` coordinates. */
export function splitSentences(text: string, from = 0, to = text.length): Array<readonly [number, number]> {
  const quoteOpen = quoteState(text, from, to);
  const ranges: Array<readonly [number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    let end = i + 1;
    while (end < to && /[.!?…]/.test(text[end]!)) end++;
    // A run of marks ("...", "?!") is read once, from its first mark: the later marks of the run
    // would meet the same tests, so skipping them keeps a long run of dots linear.
    const runEnd = end;
    const closesQuote = end < to && /["”»]/.test(text[end]!);
    // Inside a quotation only the mark that closes it can end the sentence.
    if (quoteOpen[i - from] && !closesQuote) {
      i = runEnd - 1;
      continue;
    }
    while (end < to && /["”’'»)\]]/.test(text[end]!)) end++;
    if (end < to && !/\s/.test(text[end]!)) {
      i = runEnd - 1;
      continue;
    }
    let next = end;
    while (next < to && /\s/.test(text[next]!)) next++;
    if (next >= to) break;
    if (!startsSentence(text, next, to)) {
      i = runEnd - 1;
      continue;
    }
    if (char === '.' && end === i + 1 && !endsSentenceAfterPeriod(text, start, i, next, to)) continue;
    if (text.slice(start, end).trim()) ranges.push(trimRange(text, start, end));
    start = next;
    i = next - 1;
  }
  if (text.slice(start, to).trim()) ranges.push(trimRange(text, start, to));
  return ranges;
}

// Where a long sentence is best cut, from the strongest break to the weakest: after a clause
// mark, before a dash, after any white space.
const CLAUSE_BREAK = /[;:,)\]]\s|\s[—–-]\s/g;

/**
 * Cuts `text[from:to]` into ranges of at most `max` characters. Each cut falls in the second half
 * of the allowed length: at the last clause break there, else the last white space, else (a run
 * of letters with no space) at `max`, never inside a surrogate pair.
 */
export function cutLongSentence(text: string, from: number, to: number, max: number): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  let start = from;
  while (to - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    let cut = -1;
    const window = text.slice(floor, limit);
    for (const match of window.matchAll(CLAUSE_BREAK)) {
      // After the clause mark ("…, |"), or before the dash ("…| — ").
      cut = floor + match.index + (/\s/.test(match[0][0]!) ? 0 : 1);
    }
    if (cut < 0) {
      for (let i = limit - 1; i > floor; i--) {
        if (/\s/.test(text[i]!)) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) {
      cut = limit;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    const [a, b] = trimRange(text, start, cut);
    if (b > a) ranges.push([a, b]);
    start = cut;
  }
  const [a, b] = trimRange(text, start, to);
  if (b > a) ranges.push([a, b]);
  return ranges;
}

function trimRange(text: string, start: number, end: number): readonly [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function startsSentence(text: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && /["“‘'«(\[]/.test(text[i]!)) i++;
  return i < to && /[\p{Lu}\p{N}]/u.test(text[i]!);
}

function endsSentenceAfterPeriod(text: string, sentenceStart: number, period: number, next: number, to: number): boolean {
  const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(sentenceStart, period - 30), period))?.[1] ?? '';
  const nextWord = /^["“‘'«(\[]*([\p{L}\p{N}]+)/u.exec(text.slice(next, Math.min(to, next + 40)))?.[1] ?? '';
  // Dotted acronyms (U.S., D.C.) and initials (J. Smith) end a sentence only before a typical opener.
  if (word.includes('.') || /^\p{Lu}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  if (NUMBER_ABBREVIATIONS.has(word.toLowerCase()) && /^\d/.test(nextWord)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * For each character of `text[from:to]`, whether it lies inside a double quotation. A paragraph
 * whose quotation marks do not balance is read as having none, so one stray mark cannot glue
 * the rest of the paragraph into one sentence.
 */
function quoteState(text: string, from: number, to: number): boolean[] {
  const inside: boolean[] = new Array(to - from).fill(false);
  let open = -1;
  let straightOpen = -1;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === '“' || char === '«') open = open < 0 ? i : open;
    else if ((char === '”' || char === '»') && open >= 0) {
      if (i - open <= MAX_QUOTE_SPAN) inside.fill(true, open - from, i - from);
      open = -1;
    } else if (char === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (i - straightOpen <= MAX_QUOTE_SPAN) inside.fill(true, straightOpen - from, i - from);
        straightOpen = -1;
      }
    }
  }
  return inside;
}
