/**
 * Inputs built to hurt: long runs of the characters the text patterns care about. Shared by
 * tests/hostile.test.ts (which asserts each one completes) and bench/hostile.ts (which times them).
 */

/** `unit` repeated to exactly `length` characters. */
export const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export interface HostileInput {
  name: string;
  /** What the input is built to hurt. */
  target: string;
  text: (length: number) => string;
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'dots', target: 'sentence marks, e-mail pattern', text: (n) => repeatTo('.', n - 1) + 'x' },
  { name: 'dots and spaces', target: 'sentence splitting', text: (n) => repeatTo('. ', n) },
  { name: 'straight quotes', target: 'quotation pairing', text: (n) => repeatTo('"', n) },
  { name: 'smart quotes, nested', target: 'quotation pairing, quote state', text: (n) => repeatTo('“', n / 2) + 'x' + repeatTo('”', n / 2 - 1) },
  { name: 'mixed quotes and apostrophes', target: 'single-quote search', text: (n) => repeatTo(" 'a \"b ‘c “d ’e", n) },
  { name: 'capitals', target: 'names, e-mail pattern', text: (n) => repeatTo('A', n) },
  { name: 'capitalised words', target: 'entity runs', text: (n) => repeatTo('Alpha Beta ', n) },
  { name: 'hyphens', target: 'boilerplate and byline rules', text: (n) => repeatTo('-', n - 1) + 'x' },
  { name: 'hyphenated letters', target: 'tokens, e-mail pattern', text: (n) => repeatTo('a-', n) },
  { name: 'U.S. repeated', target: 'acronyms, abbreviations', text: (n) => repeatTo('U.S. ', n) },
  { name: 'U.S. without spaces', target: 'acronym tokens', text: (n) => repeatTo('U.S.', n) },
  { name: 'one giant unpunctuated sentence', target: 'statement cap, extraction', text: (n) => repeatTo('the minister said the talks would go on and ', n) },
  { name: 'no white space at all', target: 'statement cap without breaks', text: (n) => repeatTo('abcdefghij', n) },
  { name: 'opening brackets', target: 'markdown link pattern', text: (n) => repeatTo('[', n - 1) + 'x' },
  { name: 'link starts', target: 'markdown link URL', text: (n) => repeatTo('[a](http', n) },
  { name: 'image line', target: 'whole-line image rule', text: (n) => '![' + repeatTo('](', n - 3) + ')' },
  { name: 'digits with commas', target: 'number patterns', text: (n) => repeatTo('1,111,', n) },
  { name: 'number words', target: 'number words parser', text: (n) => repeatTo('one two three ', n) },
  { name: 'dates', target: 'date parser', text: (n) => repeatTo('Monday, March 3, 2025 ', n) },
  { name: 'white space run', target: 'patterns with a leading \\s*', text: (n) => 'x' + repeatTo(' \u00a0\t', n - 2) + 'y' },
  { name: 'entities', target: 'character reference decoding', text: (n) => repeatTo('&amp;&#8220;&bogus;&', n) },
  { name: 'zero-width and bidi', target: 'invisible characters', text: (n) => repeatTo('a\u200b\u200f\u202e\u2066', n) },
  { name: 'emoji', target: 'surrogate pairs', text: (n) => repeatTo('😀👍🏽', n) },
  { name: 'short lines', target: 'line rules, paragraphs', text: (n) => repeatTo('Word word\n', n) },
  { name: 'CR line endings', target: 'line splitting', text: (n) => repeatTo('A line.\r', n) },
  { name: 'e-mail-like', target: 'e-mail pattern', text: (n) => repeatTo('a@b.', n) },
];
