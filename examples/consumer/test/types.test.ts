// The matchers are typed in a consuming project: wrong arguments do not compile (`npm test` runs tsc
// over this file before vitest).
import { describe, expect, it } from 'vitest';
import { compareArticles, type ArticleInput } from 'crossfact';
import { article, crossfactMatchers, formatReport, type CrossfactMatchers, type DivergenceExpectation } from 'crossfact/testing';

const a: ArticleInput = article('The museum opened on May 3 with 120 paintings.', { id: 'a' });
const b: ArticleInput = article('The museum opened on May 3 with 150 paintings.', { id: 'b' });

describe('typed matchers', () => {
  it('compile with the options each matcher takes', () => {
    const report = compareArticles([a, b]);
    const expectation: DivergenceExpectation = { aspect: 'number', between: ['a', 'b'], about: /paintings/ };
    expect(report).toHaveDivergence(expectation);
    expect(report).toAgreeOn('May 3', { sources: ['a', 'b'] });
    expect(report).not.toReportOnlyIn('a', 'museum');
    expect(b).not.toKeepFactsOf(a, { aspects: ['number', 'date'] });
    const asString: string = formatReport(report);
    expect(asString).toContain('number: a#0 "120"');
    expect(Object.keys(crossfactMatchers).sort()).toEqual(['toAgreeOn', 'toHaveDivergence', 'toKeepFactsOf', 'toReportOnlyIn']);
  });

  it('reject what they do not take', () => {
    const report = compareArticles([a, b]);
    // @ts-expect-error: 'numbers' is no aspect
    expect(() => expect(report).toHaveDivergence({ aspect: 'numbers' })).toThrow(/unknown aspect/);
    // @ts-expect-error: between takes two ids
    expect(() => expect(report).toHaveDivergence({ between: 'a' })).toThrow(/between must be two article ids/);
    // @ts-expect-error: toAgreeOn needs what to agree on
    expect(() => expect(report).toAgreeOn()).toThrow(/about must be/);
    // @ts-expect-error: no such matcher
    expect(() => expect(report).toHaveDivergences()).toThrow();
    const matchers: CrossfactMatchers<void> = expect(report);
    expect(typeof matchers.toKeepFactsOf).toBe('function');
  });
});
