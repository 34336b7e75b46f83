import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { keepShapeOf } from '../shapes.js';
import { isStopword } from './lexicon.js';
import { boundedMemo } from './memo.js';

// Dotted acronyms first (U.S., D.C.), then numbers with separators, then words with inner
// hyphens or apostrophes (Jong-un, didn't, Trump's). A hyphen before a capital joins two names
// (Washington-Pyongyang, U.S.-North Korea) and splits them.
const TOKEN_PATTERN = /\p{Lu}(?:\.\p{Lu})+\.?|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+|-(?!\p{Lu})[\p{L}\p{M}\p{N}]+)*/gu;

const stems = boundedMemo(200_000, (norm) => (/\d/.test(norm) ? norm : PorterStemmer.stem(norm)));

export function stem(norm: string): string {
  return stems.get(norm);
}

export function normalizeWord(word: string): string {
  // Each rewrite only where it applies: most words have no apostrophe and no dot.
  let norm = word.toLowerCase();
  if (norm.includes('’')) norm = norm.replace(/’/g, "'");
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  if (norm.includes('.')) norm = norm.replace(/\./g, '');
  return norm;
}

// The tokens of recent texts: a statement is tokenised by extraction, by its alignment profile
// and by its topic's label, the same text each time. Callers only read the tokens.
const tokenLists = boundedMemo(40_000, readTokens);

/** The words of `text`, with offsets. The array may be shared with other callers: do not change it. */
export function tokenize(text: string): Token[] {
  return tokenLists.get(text);
}

/** Empties the token cache (for benchmarks that time tokenising afresh). */
export function forgetTokens(): void {
  tokenLists.clear();
}

const CAPITAL = /^\p{Lu}/u;

/** What a token's surface alone decides: one object per surface, shared by its tokens. */
interface WordForm {
  text: string;
  norm: string;
  stem: string;
  capitalized: boolean;
  numeric: boolean;
  stop: boolean;
}

// Word forms by surface: one lookup per token where normalising, stemming and the stop list
// took three, and a string for the lower case.
const wordForms = boundedMemo(200_000, (surface): WordForm => {
  const norm = normalizeWord(surface);
  const first = surface.charCodeAt(0);
  const numeric = first >= 0x30 && first <= 0x39;
  return { text: surface, norm, stem: stem(norm), capitalized: first < 0x80 ? first >= 0x41 && first <= 0x5a : CAPITAL.test(surface), numeric, stop: !numeric && isStopword(norm) };
});

/**
 * A word of a statement, with its offsets into the string it was read from. What the surface
 * decides is read from its word form, shared by every token of that surface: a token holds two
 * fields where it held eight. The tokens of a comparison's statements live as long as it does,
 * and the young generation's collections copy every object still alive (token objects were the
 * largest share of what survived them).
 */
export class Token {
  constructor(
    private readonly form: WordForm,
    readonly start: number,
  ) {}

  get text(): string {
    return this.form.text;
  }

  /** Lower case, straight apostrophes, no possessive `'s`, no dots in acronyms (`u.s.` → `us`). */
  get norm(): string {
    return this.form.norm;
  }

  get stem(): string {
    return this.form.stem;
  }

  get end(): number {
    return this.start + this.form.text.length;
  }

  get capitalized(): boolean {
    return this.form.capitalized;
  }

  get numeric(): boolean {
    return this.form.numeric;
  }

  get stop(): boolean {
    return this.form.stop;
  }
}

keepShapeOf(new Token({ text: 'a', norm: 'a', stem: 'a', capitalized: false, numeric: false, stop: true }, 0));

function readTokens(text: string): Token[] {
  const tokens: Token[] = [];
  // The shared global pattern, from the start (nothing in the loop uses it meanwhile; a match
  // is never empty, and exec resets lastIndex at the end).
  const pattern = TOKEN_PATTERN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) tokens.push(new Token(wordForms.get(match[0]), match.index));
  return tokens;
}

/** A content word: no stop word, no single letter. */
export const isContentWord = (token: Token): boolean => !token.stop && token.norm.length > 1;

/** Stems of the content words: what similarity and candidate search work on. */
export function contentStems(tokens: readonly Token[]): string[] {
  return tokens.filter(isContentWord).map((token) => token.stem);
}
