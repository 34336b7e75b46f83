import { describe, expect, it } from 'vitest';
import { findNumbers, NUMBER_PATTERNS, NUMBER_SCREEN } from '../src/extract/numbers.js';
import { expectScreenKeepsEveryFind, seedSentences } from './support/screens.js';

const pick = (text: string, skip: Array<{ start: number; end: number }> = []) =>
  findNumbers(text, skip).map((n) => ({ text: n.text, value: n.value, kind: n.kind, unit: n.unit, span: text.slice(n.start, n.end) }));

describe('findNumbers', () => {
  it('reads a number word and the noun it counts ("three summits")', () => {
    expect(pick('The leaders held three summits.')).toEqual([{ text: 'three', value: 3, kind: 'cardinal', unit: 'summit', span: 'three' }]);
    expect(findNumbers('The leaders held three summits.', [])[0]!.unitText).toBe('summits');
  });

  it('reads money with a scale word ("$800 million")', () => {
    expect(pick('The fund pledged $800 million to the port.')).toEqual([
      { text: '$800 million', value: 800_000_000, kind: 'money', unit: 'dollar', span: '$800 million' },
    ]);
    expect(pick('They paid 300 million won.')).toEqual([{ text: '300 million won', value: 300_000_000, kind: 'money', unit: 'won', span: '300 million won' }]);
  });

  it('reads percentages written as words or with a sign', () => {
    expect(pick('Turnout fell to 42 percent.')).toEqual([{ text: '42 percent', value: 42, kind: 'percent', unit: 'percent', span: '42 percent' }]);
    expect(pick('Prices rose 7.5% this year.')).toEqual([{ text: '7.5%', value: 7.5, kind: 'percent', unit: 'percent', span: '7.5%' }]);
  });

  it('reads hyphenated number words ("twenty-five people")', () => {
    const [n] = findNumbers('About twenty-five people were hurt.', []);
    expect(n).toMatchObject({ text: 'twenty-five', value: 25, kind: 'cardinal', unitText: 'people', start: 6, end: 17 });
  });

  it('reads digits with thousands separators', () => {
    expect(pick('Some 1,200 workers joined.')).toEqual([{ text: '1,200', value: 1200, kind: 'cardinal', unit: 'worker', span: '1,200' }]);
  });

  it('gives nothing for a pronoun "one" or a bare ordinal', () => {
    expect(findNumbers('One of them left early.', [])).toEqual([]);
    expect(findNumbers('He was the first to arrive.', [])).toEqual([]);
  });

  it('keeps an ordinal that counts something ("the first visit")', () => {
    expect(pick('It was the first visit in a decade.')).toEqual([{ text: 'first', value: 1, kind: 'ordinal', unit: 'visit', span: 'first' }]);
  });

  it('skips numbers inside the given spans (a statement\'s dates)', () => {
    const text = 'Signed in 2019 by 40 people.';
    expect(pick(text, [{ start: 10, end: 14 }]).map((n) => n.value)).toEqual([40]);
    expect(pick(text).map((n) => n.value)).toEqual([2019, 40]);
  });

  it('gives results in text order', () => {
    const numbers = findNumbers('Of 12 boats, 3 sank and 40 percent were damaged.', []);
    expect(numbers.map((n) => n.value)).toEqual([12, 3, 40]);
    expect(numbers.map((n) => n.kind)).toEqual(['cardinal', 'cardinal', 'percent']);
  });
});

describe('the screen in front of the number patterns', () => {
  it('lets through every text one of the patterns matches', () => {
    const phrases = ['Twenty-one people', 'a DOZEN eggs', 'the Eleventh hour', '3rd', '€5', 'US$7 bn', '12%', 'ninety nine', 'Seventh', 'none of them', 'someone', 'often'];
    expectScreenKeepsEveryFind(
      [...seedSentences(), ...phrases],
      (text) => NUMBER_PATTERNS.some(({ pattern }) => new RegExp(pattern.source, pattern.flags).test(text)),
      (text) => NUMBER_SCREEN.test(text),
    );
  });
});
