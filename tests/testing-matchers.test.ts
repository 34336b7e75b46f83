import { describe, expect, it } from 'vitest';
import { compareArticles, type ArticleInput } from '../src/index.js';
import '../src/testing/vitest.js';
import { article, crossfactMatchers } from '../src/testing/index.js';
import { faithful, rewrite, wire } from './testing-fixtures.js';

const report = compareArticles([wire, rewrite]);

/** The message an assertion fails with, without colours. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return String((error as Error).message).replace(/\u001b\[[0-9;]*m/g, '');
  }
  throw new Error('the assertion passed');
}

describe('toHaveDivergence', () => {
  it('passes on a divergence matching aspect, articles (either order, id or source) and text', () => {
    expect(report).toHaveDivergence();
    expect(report).toHaveDivergence({ aspect: 'number' });
    expect(report).toHaveDivergence({ aspect: 'number', between: ['cms', 'wire'], about: '14 days' });
    expect(report).toHaveDivergence({ between: ['Wire', 'Newsroom CMS'], about: /21 days/ });
    expect(report).not.toHaveDivergence({ aspect: 'date' });
    expect(report).not.toHaveDivergence({ about: 'ferry' });
  });

  it('fails with the divergences it did find, with statement text and offsets', () => {
    const message = failure(() => expect(report).toHaveDivergence({ aspect: 'date', about: 'May 20' }));
    expect(message).toContain(`expect(report).toHaveDivergence({ aspect: 'date', about: 'May 20' })`);
    expect(message).toContain('Expected a divergence on date about "May 20", but found none.');
    expect(message).toContain("The report's divergences (");
    const fourteen = wire.text.indexOf('14 days');
    expect(message).toContain(`wire#1 [${fourteen}-${fourteen + 2}] "14" in "…the Alder Street bridge for 14 days from May 20, officials…"`);
    expect(message).toContain('Other findings about "May 20":');
  });

  it('.not fails listing the divergences that match', () => {
    const message = failure(() => expect(report).not.toHaveDivergence({ aspect: 'number' }));
    expect(message).toContain('expect(report).not.toHaveDivergence(');
    expect(message).toContain('Expected no divergence on number, but found one:');
    expect(message).toMatch(/F\d+ divergence \(number\) between wire, cms: .*"21".*"14"/);
    expect(message).not.toContain('(quote)');
  });

  it('says when the report has no divergence at all', () => {
    const same = compareArticles([wire, { ...wire, id: 'again', source: 'Again' }]);
    expect(same).not.toHaveDivergence();
    expect(failure(() => expect(same).toHaveDivergence())).toMatch(/Expected a divergence, but found none\.\nThe report has no divergence \(\d+ agreements?, /);
  });

  it('accepts the articles instead of a report', () => {
    expect([wire, rewrite]).toHaveDivergence({ aspect: 'number' });
    expect([wire, faithful]).not.toHaveDivergence({ aspect: 'number' });
  });

  it('refuses mistakes in the test itself, with or without .not', () => {
    expect(() => expect(report).not.toHaveDivergence({ between: ['wire', 'wrie'] })).toThrow(`toHaveDivergence: no article "wrie" in the report; its articles are: wire (Wire), cms (Newsroom CMS)`);
    expect(() => expect(report).toHaveDivergence({ aspect: 'numbers' as never })).toThrow(/unknown aspect 'numbers'; use one of number, date, entity/);
    expect(() => expect({ findings: [] }).toHaveDivergence()).toThrow(/expected a crossfact ComparisonReport \(or an array of articles to compare\), received \{ findings: \[\] \}/);
  });
});

describe('toAgreeOn', () => {
  it('passes when two articles or more (all the sources given) say it', () => {
    expect(report).toAgreeOn('$3.2 million');
    expect(report).toAgreeOn('3.2 million', { sources: ['wire', 'cms'] });
    expect(report).toAgreeOn(/may 20/i, { sources: ['Wire', 'Newsroom CMS'] });
    expect(report).toAgreeOn('Lena Ortiz');
  });

  it('fails on what only one side says, showing the divergence and the statements about it', () => {
    const message = failure(() => expect(report).toAgreeOn('14 days'));
    expect(message).toContain(`expect(report).toAgreeOn('14 days')`);
    expect(message).toContain('Expected two articles or more to agree on "14 days", but found no agreement about it.');
    expect(message).toContain('They diverge instead:');
    expect(message).toMatch(/Statements about it \(1\):\n {2}wire#1 \[\d+-\d+\] "The city of Portmere will close/);
  });

  it('fails when nothing mentions it, listing the agreements there are', () => {
    const message = failure(() => expect(report).toAgreeOn('toll', { sources: ['wire', 'cms'] }));
    expect(message).toContain('Expected wire, cms to agree on "toll"');
    expect(message).toMatch(/No statement mentions it\. The report's agreements \(\d+\):\n {2}F\d+ agreement between wire, cms/);
  });

  it('.not fails showing where they agree', () => {
    const message = failure(() => expect(report).not.toAgreeOn('3.2 million'));
    expect(message).toContain('Expected two articles or more not to agree on "3.2 million", but they do:');
    expect(message).toMatch(/number "3200000" shared by (cms, wire|wire, cms)/);
    expect(message).toContain(`wire#3 [${wire.text.indexOf('$3.2')}-${wire.text.indexOf('$3.2') + 12}] "$3.2 million"`);
  });
});

describe('toReportOnlyIn', () => {
  it('passes on a statement only that article makes', () => {
    expect(report).toReportOnlyIn('wire', '12,000 cars');
    expect(report).toReportOnlyIn('Newsroom CMS', /ferry/);
    expect(report).not.toReportOnlyIn('wire', 'repairs will cost');
  });

  it('fails naming the other articles that report it', () => {
    const message = failure(() => expect(report).toReportOnlyIn('wire', 'repairs will cost'));
    expect(message).toContain('Expected "repairs will cost" to be reported by wire alone, but it is not.');
    expect(message).toContain('Other articles report the same fact:');
    expect(message).toMatch(/Statements of other articles that mention it \(1\):\n {2}cms#3 \[\d+-\d+\] "The repairs will cost \$3\.2 million, officials said\."/);
  });

  it('fails when the article does not say it at all', () => {
    const message = failure(() => expect(report).toReportOnlyIn('wire', 'ferry'));
    expect(message).toContain('No statement of wire mentions it.');
    expect(message).toContain('cms#4');
  });

  it('.not fails with the unique finding', () => {
    const message = failure(() => expect(report).not.toReportOnlyIn('wire', '12,000'));
    expect(message).toContain('Expected "12,000" not to be reported by wire alone, but it is:');
    expect(message).toMatch(/F\d+ unique to wire\n {4}wire#4 \[\d+-\d+\] "About 12,000 cars cross the bridge every day\."/);
  });
});

describe('toKeepFactsOf', () => {
  it('passes when the rewrite keeps every number, date, name and quotation', () => {
    expect(faithful).toKeepFactsOf(wire);
    expect(wire).toKeepFactsOf(wire.text);
    expect(rewrite).not.toKeepFactsOf(wire);
  });

  it('fails listing what was lost and what changed, with offsets', () => {
    const message = failure(() => expect(rewrite).toKeepFactsOf(wire));
    expect(message).toContain('expect(rewrite).toKeepFactsOf(original)');
    expect(message).toMatch(/Expected the rewrite \(cms\) to keep the facts of the original \(wire\), but found \d+ facts? lost and \d+ divergences?\.\nLost \(in wire, not in cms\):\n/);
    const norland = wire.text.indexOf('Norland');
    const cars = wire.text.indexOf('12,000');
    expect(message).toContain(`entity "Norland" wire#3 [${norland}-${norland + 7}] in "The repairs will cost $3.2 million and will be paid by the state of Norland."`);
    expect(message).toContain(`number "12,000" wire#4 [${cars}-${cars + 6}] in "About 12,000 cars cross the bridge every day."`);
    expect(message).toMatch(/Changed:\n {2}F\d+ divergence \(number\)/);
    expect(message).toMatch(/divergence \(quote\) between wire, cms: The quotation is trimmed/);
  });

  it('checks only the aspects asked for', () => {
    expect(rewrite).toKeepFactsOf(wire, { aspects: ['date'] });
    const message = failure(() => expect(rewrite).toKeepFactsOf(wire, { aspects: ['entity'] }));
    expect(message).toContain(`expect(rewrite).toKeepFactsOf(original, { aspects: ['entity'] })`);
    expect(message).toContain('but found 1 fact lost.');
    expect(message).not.toContain('Changed:');
  });

  it('.not fails when nothing was lost, counting what it checked', () => {
    const message = failure(() => expect(faithful).not.toKeepFactsOf(wire));
    expect(message).toMatch(/Expected the rewrite \(faithful\) to lose or change a fact of the original \(wire\), but it keeps all \d+ \(\d+ numbers?, \d+ dates?, \d+ names?, 1 quotation\) and nothing diverges\./);
  });

  it('counts a name kept under an alias, and a date made more precise, as kept', () => {
    expect('Ortiz said the bridge will close on May 20, 2025.').toKeepFactsOf('Mayor Lena Ortiz said the bridge will close in May.');
    expect('Ortiz said the bridge will close in May.').not.toKeepFactsOf('Mayor Lena Ortiz said the bridge will close on May 20, 2025.');
  });

  it('compares texts, and articles that share an id', () => {
    expect('Portmere closes the bridge for 14 days.').toKeepFactsOf('The bridge in Portmere closes for 14 days.');
    const copy = article(wire.text, { id: 'wire' });
    expect(copy).toKeepFactsOf(wire);
    expect(() => expect(42).toKeepFactsOf(wire)).toThrow(/the received value \(the rewrite\) must be an article/);
  });
});

describe('the matchers outside a test runner', () => {
  it('run without a matcher context and print a plain hint', () => {
    const result = crossfactMatchers.toHaveDivergence.call(undefined, report, { aspect: 'polarity' });
    expect(result.pass).toBe(false);
    expect(result.message().split('\n')[0]).toBe(`expect(report).toHaveDivergence({ aspect: 'polarity' })`);
    const negated = crossfactMatchers.toReportOnlyIn.call({ isNot: true }, report, 'wire', '12,000');
    expect(negated.pass).toBe(true);
    expect(negated.message().split('\n')[0]).toBe(`expect(report).not.toReportOnlyIn('wire', '12,000')`);
  });

  it('work as asymmetric matchers', () => {
    expect({ report }).toEqual({ report: expect.toHaveDivergence({ aspect: 'number' }) });
    expect({ report }).not.toEqual({ report: expect.toAgreeOn('ferry') });
  });

  it('take a readonly list of articles', () => {
    const articles: readonly ArticleInput[] = [wire, faithful];
    expect(articles).toAgreeOn('12,000');
  });
});
