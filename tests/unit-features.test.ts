import { describe, expect, it } from 'vitest';
import { FEATURE_GROUPS } from '../src/align/features.js';
import { relateStatements } from '../src/index.js';
import { detokenize, foldsOf } from '../bench/lib/mrpc.js';
import { fitLogistic } from '../bench/lib/logistic.js';

const features = (a: string, b: string) => relateStatements(a, b).features;

describe('pair features, each on hand-written pairs', () => {
  it('lists every feature the relation reports', () => {
    expect(Object.keys(features('A cat sat.', 'A dog ran.')).sort()).toEqual(Object.values(FEATURE_GROUPS).flat().sort());
  });

  it('words: identical statements share everything, unrelated ones nothing', () => {
    const same = features('The council approved the budget.', 'The council approved the budget.');
    expect(same).toMatchObject({ cosine: 1, coverageMax: 1, coverageMin: 1, jaccard: 1, allWords: 1 });
    const apart = features('The council approved the budget.', 'Heavy snow closed mountain roads.');
    expect(apart).toMatchObject({ cosine: 0, jaccard: 0 });
  });

  it('synonyms: "purchase" matches "buy" through WordNet where stems differ', () => {
    const f = features('The company will purchase the plant.', 'The company will buy the plant.');
    expect(f.jaccard).toBeLessThan(1);
    expect(f.synonymDice).toBe(1);
    expect(features('The company will purchase the plant.', 'The company will close the plant.').synonymDice).toBeLessThan(1);
  });

  it('order: the same words in another order share fewer word pairs', () => {
    const swapped = features('the dog bit the man', 'the man bit the dog');
    expect(swapped.jaccard).toBe(1);
    expect(swapped.bigrams).toBe(0);
    expect(swapped.commonSequence).toBeLessThan(1);
  });

  it('spelling: "re-entry" and "reentry" are near in characters', () => {
    const f = features('The shuttle re-entry failed.', 'The shuttle reentry failed.');
    expect(f.jaccard).toBe(0.5);
    expect(f.trigrams).toBe(1);
    expect(f.characters).toBeGreaterThan(0.95);
  });

  it('additions: a clause one side adds shows in extra words, lengths and its rarest word', () => {
    const f = features('The mayor resigned.', 'The mayor resigned after a corruption scandal involving zoning permits.');
    expect(f.coverageMax).toBe(1);
    expect(f.coverageMin).toBeLessThan(0.5);
    expect(f.extraWords).toBeGreaterThan(1.5);
    expect(f.lengthRatio).toBeLessThan(0.5);
    expect(f.rarestAddition).toBeGreaterThan(5);
    expect(features('The mayor resigned.', 'The mayor resigned.')).toMatchObject({ extraWords: 0, lengthDifference: 0, rarestAddition: 0 });
  });

  it('quantities: conflicting and agreeing numbers and dates', () => {
    expect(features('The storm killed 12 people.', 'The storm killed 40 people.')).toMatchObject({ numbers: -1, unmatchedNumbers: 2, matchedNumbers: 0 });
    expect(features('The storm killed 12 people in 2019.', 'The storm killed 12 people in March 2019.')).toMatchObject({ numbers: 1, matchedNumbers: 1, dates: 1 });
    expect(features('Sales rose about 34 percent.', 'Sales rose 33 percent.').numbers).toBe(0);
  });

  it('names: a swapped place, and names one side only has', () => {
    expect(features('Smith met Jones in Paris.', 'Smith met Jones in Berlin.')).toMatchObject({ unmatchedEntities: 2, entitySwap: 1 });
    expect(features('Smith met Jones in Paris.', 'Smith met Jones in Paris.')).toMatchObject({ unmatchedEntities: 0, entitySwap: 0, capitalised: 1 });
  });

  it('attribution: "X said" and "according to X" leave the claim alike; speakers compared', () => {
    const f = features('The minister resigned, a spokesman said.', 'According to a spokesman, the minister resigned.');
    expect(f.claimWords).toBe(1);
    expect(f.jaccard).toBeLessThan(1);
    expect(features('“We will win,” Smith said.', '“We will win,” Jones said.')).toMatchObject({ quote: 1, sameSpeaker: -1 });
    expect(features('“We will win,” said Smith.', '“We will win,” Smith said.').sameSpeaker).toBe(1);
  });

  it('stance: negation or hedging on one side only', () => {
    expect(features('The deal was signed.', 'The deal was not signed.').stanceMismatch).toBe(1);
    expect(features('The deal was signed.', 'The deal was probably not signed.').stanceMismatch).toBe(2);
    expect(features('The deal was not signed.', 'The deal was not signed.').stanceMismatch).toBe(0);
  });
});

describe('the MRPC benchmark helpers', () => {
  it('undoes MRPC tokenisation', () => {
    expect(detokenize("Yucaipa owned Dominick 's before selling it for $ 2.5 billion .")).toBe("Yucaipa owned Dominick's before selling it for $2.5 billion.");
    expect(detokenize('He called him <QUOTE> the witness <QUOTE> , and didn \'t stop .')).toBe('He called him “the witness”, and didn\'t stop.');
  });

  it('makes the same stratified folds from the same seed', () => {
    const labels = [1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1];
    expect(foldsOf(labels, 3, 7)).toEqual(foldsOf(labels, 3, 7));
    expect(foldsOf(labels, 3, 7)).not.toEqual(foldsOf(labels, 3, 8));
  });

  it('fits a logistic model deterministically that separates a separable feature', () => {
    const rows = [0, 0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 1].map((x) => ({ x }));
    const labels = [0, 0, 0, 0, 1, 1, 1, 1];
    const model = fitLogistic(rows, labels, ['x']);
    expect(model.weights.x).toBeGreaterThan(1);
    expect(fitLogistic(rows, labels, ['x'])).toEqual(model);
  });
});
