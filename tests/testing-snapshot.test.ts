import { describe, expect, it } from 'vitest';
import { compareArticles, type ComparisonReport, type Finding, type Statement } from '../src/index.js';
import { article, createCrossfactSerializer, crossfactSerializer, DEFAULT_PUBLISHED_AT, dedent, formatFinding, formatReport, isComparisonReport, isFinding } from '../src/testing/index.js';
import { rewrite, wire } from './testing-fixtures.js';

/** A hand-made report: what the serializer prints does not depend on how the pipeline reads these texts. */
function tinyReport(): ComparisonReport {
  const statement = (articleId: string, index: number, text: string, start: number): Statement => ({
    id: `${articleId}#${index}`, articleId, index, kind: index === 0 ? 'headline' : 'body', paragraph: index, text, start, end: start + text.length,
    speaker: null, quotes: [], entities: [], dates: [], numbers: [], hedges: [], negations: [], hedged: false, negated: false,
  });
  const statements = [
    statement('b', 0, 'Council passes budget', 0),
    statement('b', 1, 'The council approved a budget of 45 million euros on Tuesday.', 23),
    statement('a', 0, 'Council passes budget', 0),
    statement('a', 1, 'The council approved a budget of 40 million euros on Tuesday.', 23),
    statement('a', 2, 'Two members voted against it.', 86),
  ];
  const ref = (statementId: string, value: string, text: string, start: number) => ({ statementId, articleId: statementId.split('#')[0]!, value, text, start, end: start + text.length });
  const findings: Finding[] = [
    { id: 'F9', kind: 'unique', articleId: 'a', topicId: 't2', statementIds: ['a#2'], articleIds: ['a'], message: 'Only a reports: “Two members voted against it.”' },
    { id: 'F7', kind: 'agreement', factId: 'f1', statementIds: ['b#0', 'a#0'], articleIds: ['a', 'b'], agreements: [], message: 'a, b report the same fact' },
    {
      id: 'F8', kind: 'divergence', factId: 'f2', aspect: 'number', statementIds: ['b#1', 'a#1'], articleIds: ['b', 'a'],
      values: [ref('b#1', '45000000', '45 million euros', 56), ref('a#1', '40000000', '40 million euros', 56)], message: 'The amount differs: 45 million euros in b, 40 million euros in a.',
    },
  ];
  const summary = { articles: 2, statements: 5, facts: 2, crossSourceFacts: 2, topics: 2, agreements: 1, refinements: 0, divergences: 1, unique: 1, quoteVariants: 0,
    divergencesByAspect: { number: 1, date: 0, entity: 0, quote: 0, attribution: 0, certainty: 0, polarity: 0 } };
  const articleSummary = (id: string, publishedAt: string | null) => ({ id, source: id.toUpperCase(), title: null, url: null, publishedAt, statementCount: 0, removed: [], warnings: [] });
  return {
    schemaVersion: 1, articles: [articleSummary('b', null), articleSummary('a', '2025-03-04')], statements, entities: [],
    alignments: [{ id: 'A3', statementIds: ['a#1', 'b#1'], relation: 'contradicts', score: 0.987654, divergences: [], refinements: [], agreements: [] }],
    facts: [], topics: [], findings, coverage: { articleIds: ['a', 'b'], rows: [] }, quotes: [], summary,
    warnings: [{ code: 'NO_PUBLICATION_DATE', message: 'b has no publication date.', articleId: 'b' }],
  };
}

expect.addSnapshotSerializer(crossfactSerializer);

describe('formatReport and the snapshot serializer', () => {
  it('print a report in a compact, sorted form without ids or scores', () => {
    expect(tinyReport()).toMatchInlineSnapshot(`
      ComparisonReport {
        2 articles, 5 statements, 2 facts (2 cross-source), 2 topics
        1 agreement, 0 refinements, 1 divergence, 1 unique, 0 quote variants
        articles:
          a "A" 2025-03-04
            a#0 (headline) [0-21] Council passes budget
            a#1 [23-84] The council approved a budget of 40 million euros on Tuesday.
            a#2 [86-115] Two members voted against it.
          b "B" undated
            b#0 (headline) [0-21] Council passes budget
            b#1 [23-84] The council approved a budget of 45 million euros on Tuesday.
        divergences:
          number: a#1 "40 million euros" [56-72] ≠ b#1 "45 million euros" [56-72]
        agreements:
          a#0 = b#0: Council passes budget
        unique:
          a#2: Two members voted against it.
        warnings:
          NO_PUBLICATION_DATE b: b has no publication date.
      }
    `);
  });

  it('can leave the statements out', () => {
    const text = formatReport(tinyReport(), { statements: false, width: 12 });
    expect(text).toContain('  a "A" 2025-03-04, 0 statements');
    expect(text).not.toContain('a#1 [23-84]');
    expect(text).toContain('a#2: Two members…');
  });

  it('prints findings on their own, and indents inside other values', () => {
    const [unique, , divergence] = tinyReport().findings;
    expect(formatFinding(divergence!)).toBe('divergence number: a#1 "40 million euros" [56-72] ≠ b#1 "45 million euros" [56-72]\nThe amount differs: 45 million euros in b, 40 million euros in a.');
    expect({ finding: unique }).toMatchInlineSnapshot(`
      {
        "finding": Finding {
          unique a#2
          Only a reports: “Two members voted against it.”
        },
      }
    `);
  });

  it('recognises reports and findings only', () => {
    expect(crossfactSerializer.test(tinyReport())).toBe(true);
    expect(crossfactSerializer.test(tinyReport().findings[0])).toBe(true);
    expect(crossfactSerializer.test({ schemaVersion: 1, findings: [] })).toBe(false);
    expect(crossfactSerializer.test({ kind: 'unique', message: 'x' })).toBe(false);
    expect(crossfactSerializer.test(null)).toBe(false);
    expect(isComparisonReport('report')).toBe(false);
    expect(isFinding([])).toBe(false);
    const narrow = createCrossfactSerializer({ statements: false });
    expect(narrow.serialize(tinyReport(), { indent: '    ' }, '')).toMatch(/^ComparisonReport \{\n {4}2 articles/);
  });

  it('is the same whatever order the articles come in, and has no volatile numbers', () => {
    const forward = formatReport(compareArticles([wire, rewrite]));
    const backward = formatReport(compareArticles([rewrite, wire]));
    expect(backward).toBe(forward);
    expect(forward).not.toMatch(/\bF\d+\b|\b[aft]\d+\b|score|0\.\d{3}/);
    for (const line of ['divergences:', 'agreements:', 'unique:', 'quotes:']) expect(forward).toContain(`\n${line}\n`);
    expect(forward).toContain(`wire#1 [42-148] The city of Portmere will close the Alder Street bridge for 14 days from May 20, officials said on Monday.`);
  });
});

describe('article()', () => {
  it('gives an id from the source, or from the text, a source and a fixed publication date', () => {
    expect(article('One sentence.', { source: 'Le Monde Diplomatique' })).toEqual({ id: 'le-monde-diplomatique', source: 'Le Monde Diplomatique', text: 'One sentence.', publishedAt: DEFAULT_PUBLISHED_AT });
    const a = article('One sentence.');
    expect(a.id).toMatch(/^article-[0-9a-f]{8}$/);
    expect(article('One sentence.').id).toBe(a.id);
    expect(article('Another sentence.').id).not.toBe(a.id);
    expect(a.source).toBe(a.id);
    expect(article('x', { id: 'mine', publishedAt: null })).toEqual({ id: 'mine', source: 'mine', text: 'x' });
    expect(article('x', { id: 'u', title: 'T', url: 'https://example.com/u', publishedAt: '2024-02-29' })).toMatchObject({ title: 'T', url: 'https://example.com/u', publishedAt: '2024-02-29' });
  });

  it('dedents an indented template literal, and keeps the text as given on request', () => {
    const text = `
      Headline here

        An indented line.
      The body.   
    `;
    expect(article(text).text).toBe('Headline here\n\n  An indented line.\nThe body.');
    expect(article(text, { dedent: false }).text).toBe(text);
    expect(dedent('\r\n\tA\r\n\t\tB\r\n')).toBe('A\n\tB');
    expect(() => article(undefined as unknown as string)).toThrow('article(text): text must be a string, got undefined');
  });

  it('gives offsets that point into its own text', () => {
    const report = compareArticles([wire, rewrite]);
    for (const statement of report.statements) {
      const source = statement.articleId === wire.id ? wire.text : rewrite.text;
      expect(source.slice(statement.start, statement.end)).toBe(statement.text);
    }
  });
});
