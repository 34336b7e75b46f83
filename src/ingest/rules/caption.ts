import type { LineRule } from '../types.js';

// A photo credit closing a line marks it as a caption: "…on March 31, 2025./EPA-Yonhap",
// "… [REUTERS/YONHAP]", "(AP Photo/Jane Doe)", "Photo: Reuters". Each pattern comes with what
// a line must have for it to match (a closing bracket, a slash, a word), tested first: each
// pattern is tried at every character of the line's tail, and most lines are no captions.
const CREDITS: ReadonlyArray<{ pattern: RegExp; mayMatch: (tail: string) => boolean }> = [
  { pattern: /\s*\[(?:[\p{Lu}][\p{L}.&-]*)(?:\s*[/,]\s*[\p{Lu}][\p{L}.&-]*)*\]\s*$/u, mayMatch: (tail) => tail.trimEnd().endsWith(']') },
  { pattern: /(?<=[.)\d])\s*\/\s*[\p{Lu}][\p{L}&]*(?:[-/ ][\p{Lu}][\p{L}&]*)*\s*$/u, mayMatch: (tail) => tail.includes('/') },
  { pattern: /\s*\((?:AP|AFP|Reuters|EPA|Getty|Yonhap|Xinhua|Bloomberg|Photo|Photograph|Image)[^()]*\)\s*$/iu, mayMatch: (tail) => tail.trimEnd().endsWith(')') },
  { pattern: /\s*(?:Photo|Photograph|Image|Credit)s?\s*(?:by|:|courtesy of)\s*[\p{Lu}][^.]{0,60}$/u, mayMatch: (tail) => tail.includes('Photo') || tail.includes('Image') || tail.includes('Credit') },
];

// A credit is short and closes its line: only the line's tail is searched, so that the patterns'
// leading `\s*` cannot be retried at every character of a long line.
const CREDIT_WINDOW = 300;

/** Where a closing photo credit starts in `text`, or -1. */
export function findPhotoCredit(text: string): number {
  const offset = Math.max(0, text.length - CREDIT_WINDOW);
  const tail = offset ? text.slice(offset) : text;
  for (const { pattern, mayMatch } of CREDITS) {
    if (!mayMatch(tail)) continue;
    const match = pattern.exec(tail);
    if (match && offset + match.index > 0) return offset + match.index;
  }
  return -1;
}

export const caption: LineRule = {
  name: 'caption',
  match(line) {
    if (line.text.trim().length > 600) return null;
    const credit = findPhotoCredit(line.text);
    if (credit < 0) return null;
    const body = line.text.slice(0, credit);
    const lead = body.length - body.trimStart().length;
    return { kind: 'caption', rule: 'caption', start: line.start + lead, end: line.start + body.trimEnd().length };
  },
};
