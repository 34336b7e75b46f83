import { describe, expect, it } from 'vitest';
import { compareArticles } from '../src/index.js';
import type { ArticleInput, ComparisonReport } from '../src/types.js';

const ARTICLES: ArticleInput[] = [
  {
    id: 'north',
    source: 'North Ledger',
    publishedAt: '2025-04-01',
    text: [
      'Ferry Service Resumes Across The Bay',
      '',
      'The ferry between Ardenport and Kelso resumed on Monday after a three-week halt, the operator said.',
      '',
      'About 400 passengers crossed on the first day. “We are back,” said Mara Lind, the captain.',
    ].join('\n'),
  },
  {
    id: 'east',
    source: 'East Courier',
    publishedAt: '2025-04-02T08:00:00+09:00',
    text: 'The Ardenport ferry to Kelso restarted on March 31, 2025, operator officials said. Roughly 450 passengers made the trip. “We are back in business,” Mara Lind said.',
  },
  {
    id: 'west',
    publishedAt: '2025-04-03',
    text: 'Ferries returned to the bay in March 2025. The operator may add a second boat. Mara Lind said the crossing was calm.',
  },
];

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

/** What must not depend on the order of the input articles: the input order only decides the order of article lists. */
function orderFree(report: ComparisonReport) {
  return {
    statements: byId(report.statements),
    entities: report.entities,
    alignments: report.alignments,
    facts: report.facts.map((f) => ({ ...f, articleIds: [...f.articleIds].sort() })),
    findings: report.findings.map(({ message: _message, ...f }) => ({ ...f, articleIds: [...f.articleIds].sort() })),
    summary: report.summary,
  };
}

describe('determinism', () => {
  const first = compareArticles(ARTICLES);

  it('the same input twice gives the same JSON', () => {
    expect(JSON.stringify(compareArticles(ARTICLES))).toBe(JSON.stringify(first));
  });

  it('does not change the input articles', () => {
    const copy = structuredClone(ARTICLES);
    compareArticles(ARTICLES);
    expect(ARTICLES).toEqual(copy);
  });

  it('finds the story: statements, a cross-source fact and the date refinement', () => {
    expect(first.statements.map((s) => s.id)).toEqual(['north#0', 'north#1', 'north#2', 'north#3', 'east#0', 'east#1', 'east#2', 'west#0', 'west#1', 'west#2']);
    expect(first.summary.crossSourceFacts).toBeGreaterThan(0);
    const refinements = first.findings.filter((f) => f.kind === 'refinement');
    expect(refinements.map((f) => `${f.general.value}<${f.specific.value}`)).toContain('2025-03<2025-03-31');
  });

  it.each([
    ['reversed', [2, 1, 0]],
    ['rotated', [1, 2, 0]],
    ['swapped', [0, 2, 1]],
  ])('reordering the articles (%s) gives the same statements and findings', (_label, order) => {
    const reordered = compareArticles(order.map((i) => ARTICLES[i]!));
    expect(reordered.articles.map((a) => a.id)).toEqual(order.map((i) => ARTICLES[i]!.id));
    expect(orderFree(reordered)).toEqual(orderFree(first));
    expect(byId(reordered.articles)).toEqual(byId(first.articles));
  });

  it('statement offsets point at the statement in the original text', () => {
    const texts = new Map(ARTICLES.map((a) => [a.id, a.text]));
    for (const s of first.statements) {
      expect(texts.get(s.articleId)!.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
      for (const e of s.entities) expect(texts.get(s.articleId)!.slice(e.start, e.end)).toBe(e.text);
      for (const d of s.dates) expect(texts.get(s.articleId)!.slice(d.start, d.end)).toBe(d.text);
    }
  });
});
