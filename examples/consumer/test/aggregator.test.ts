// An aggregator checks that the summary it writes does not contradict the articles it summarises.
import { describe, expect, it } from 'vitest';
import { compareArticles, type ComparisonReport } from 'crossfact';
import { article } from 'crossfact/testing';

const cityPaper = article(
  `
  Greyling tram fares to rise

  Fares on the Greyling tram network will rise by 5% on March 1, the transit authority said on Tuesday.

  A single ticket will cost $2.10, up from $2.00.
  `,
  { source: 'City Paper' },
);
const eveningPost = article(
  `
  Tram tickets in Greyling will cost more from March

  The Greyling transit authority will raise tram fares by 5% on March 1.

  Monthly passes are not affected, a spokeswoman said.
  `,
  { source: 'Evening Post' },
);

/** What the aggregator would produce: here, a fixed text. */
const summarise = (rate: string) => article(`Greyling tram fares go up ${rate} on March 1, the transit authority said. A single ticket will cost $2.10.`, { id: 'summary' });

describe('the summary of two articles', () => {
  const report: ComparisonReport = compareArticles([cityPaper, eveningPost, summarise('5%')]);

  it('contradicts neither source', () => {
    expect(report).not.toHaveDivergence({ between: ['summary', 'city-paper'] });
    expect(report).not.toHaveDivergence({ between: ['summary', 'Evening Post'] });
  });

  it('states the fare rise the sources agree on', () => {
    expect(report).toAgreeOn('5%', { sources: ['summary', 'city-paper', 'evening-post'] });
    expect(report).toAgreeOn(/\$2\.10/, { sources: ['summary', 'City Paper'] });
  });

  it('leaves out what only one source says', () => {
    expect(report).toReportOnlyIn('evening-post', 'Monthly passes');
  });

  it('is flagged when it gets the rate wrong', () => {
    const wrong = compareArticles([cityPaper, eveningPost, summarise('7%')]);
    expect(wrong).toHaveDivergence({ aspect: 'number', between: ['summary', 'city-paper'], about: '7%' });
    expect(() => expect(wrong).not.toHaveDivergence({ between: ['summary', 'city-paper'] })).toThrow(/city-paper#1 \[77-79\] "5%"/);
  });

  it('matchers also take the articles and compare them', () => {
    expect([cityPaper, summarise('5%')]).toAgreeOn('March 1');
    // Asymmetric form, inside a larger expectation.
    expect({ report }).toEqual({ report: expect.toReportOnlyIn('evening-post', /spokeswoman/) });
  });
});
