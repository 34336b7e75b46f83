import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import { commonSequenceLength } from '../src/align/features.js';
import { editDistance } from '../src/text/edit.js';

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

// Pairs that share a prefix, a suffix, both or neither, with the same unit repeated at the seams.
function pairOf<T>(unit: () => T, length: () => number): [T[], T[]] {
  const part = () => Array.from({ length: length() }, unit);
  const [prefix, suffix] = [random() < 0.7 ? part() : [], random() < 0.7 ? part() : []];
  return [
    [...prefix, ...part(), ...suffix],
    [...prefix, ...part(), ...suffix],
  ];
}

describe('edit distance past the common prefix and suffix', () => {
  it("is fast-levenshtein's distance of the whole strings", () => {
    const units = ['a', 'b', 'c', ' ', 'é', '😀', 'A'];
    for (let trial = 0; trial < 3000; trial++) {
      const [a, b] = pairOf(() => pick(units), () => Math.floor(random() * (trial < 2000 ? 6 : 60)));
      const [x, y] = [a.join(''), b.join('')];
      expect(editDistance(x, y)).toBe(levenshtein.get(x, y));
    }
    expect(editDistance('same words', 'same words')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('the talks resume', 'the talks will resume')).toBe(5);
  });
});

describe('longest common word sequence past the common prefix and suffix', () => {
  it('is the length a full table over both lists gives', () => {
    const full = (a: Int32Array, b: Int32Array) => {
      const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
      return table[a.length]![b.length]!;
    };
    for (let trial = 0; trial < 3000; trial++) {
      const [a, b] = pairOf(() => Math.floor(random() * 5), () => Math.floor(random() * (trial < 2000 ? 5 : 30))).map((list) => Int32Array.from(list));
      expect(commonSequenceLength(a!, b!)).toBe(full(a!, b!));
    }
  });
});
