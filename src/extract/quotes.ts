/** A quotation in a statement: offsets of the quoted words (inside the marks) in the statement's text. */
export interface RawQuote {
  start: number;
  end: number;
  text: string;
}

// Single quotes double as apostrophes: one opens only after a space or an opening bracket and
// before a letter, and closes after a letter and before a non-letter ("Korea's" is no quote).
const SINGLE_OPEN = /(?<=^|[\s(\[—–-])['‘](?=\p{L})/u;
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?])['’](?=$|[^\p{L}\p{N}])/u;

const MAX_SINGLE_QUOTE = 199;

export function findQuotes(text: string): RawQuote[] {
  const quotes: RawQuote[] = [];
  const doubles = /“([^“”]*)”|"([^"]*)"|«([^«»]*)»/g;
  for (const match of text.matchAll(doubles)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    quotes.push(trimQuote(text, match.index + 1, match.index + 1 + inner.length));
  }
  const covered = (i: number) => quotes.some((q) => i >= q.start - 1 && i <= q.end);
  let searchFrom = 0;
  while (searchFrom < text.length) {
    const open = SINGLE_OPEN.exec(text.slice(searchFrom));
    if (!open) break;
    const openAt = searchFrom + open.index;
    // A single quotation is short (under 200 characters): looking for its close further away
    // would make a statement full of apostrophes quadratic.
    const rest = text.slice(openAt + 1, openAt + 2 + MAX_SINGLE_QUOTE);
    const close = SINGLE_CLOSE.exec(rest);
    if (!close || close.index >= MAX_SINGLE_QUOTE || covered(openAt)) {
      searchFrom = openAt + 1;
      continue;
    }
    const closeAt = openAt + 1 + close.index;
    quotes.push(trimQuote(text, openAt + 1, closeAt));
    searchFrom = closeAt + 1;
  }
  return quotes.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start);
}

function trimQuote(text: string, start: number, end: number): RawQuote {
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end, text: text.slice(start, end) };
}

/** Whether an offset of the statement lies inside one of its quotations (marks included). */
export function insideQuotes(quotes: readonly RawQuote[], at: number): boolean {
  return quotes.some((quote) => at >= quote.start - 1 && at <= quote.end);
}
