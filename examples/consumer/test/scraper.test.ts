// A scraper's tests check that two runs over the same story still agree, and keep a readable
// snapshot of the comparison. When crossfact changes what it reports, the snapshot diff shows it line
// by line; update it with `npx vitest run -u` once the change is understood.
import { describe, expect, it } from 'vitest';
import { compareArticles } from 'crossfact';
import { article, formatReport } from 'crossfact/testing';

const page = `
  Lantern festival moves to the river

  The Oldcastle lantern festival will be held on the riverbank on October 12 for the first time, organisers said.

  About 8,000 visitors came last year.
`;

const firstRun = article(page, { id: 'run-1', source: 'Scraper run 1' });
// The second run picked up page furniture around the same story, which crossfact skips.
const secondRun = article(`${firstRun.text}\n\nAdvertisement`, { id: 'run-2', source: 'Scraper run 2' });

describe('two scraper runs over one page', () => {
  const report = compareArticles([firstRun, secondRun]);

  it('agree on every fact', () => {
    expect(report).not.toHaveDivergence();
    expect(report).toAgreeOn('October 12', { sources: ['run-1', 'run-2'] });
    expect(report).toAgreeOn('8,000 visitors');
    expect(secondRun).toKeepFactsOf(firstRun);
  });

  it('match the stored snapshot', () => {
    // The serializer registered by crossfact/testing/vitest prints the report compactly.
    expect(report).toMatchSnapshot();
    expect(formatReport(report, { statements: false })).toContain('run-2 "Scraper run 2" 2025-01-06, 3 statements');
  });
});
