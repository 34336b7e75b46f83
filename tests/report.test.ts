import { describe, expect, it } from 'vitest';
import { compareArticles, relateStatements, renderMarkdown } from '../src/index.js';
import { sampleArticles } from '../examples/samples.js';

describe('relateStatements', () => {
  it('finds the same fact told in other words equivalent', () => {
    const r = relateStatements('The minister resigned on Monday after the budget vote.', 'After the budget vote on Monday, the minister resigned.', { publishedAt: '2025-03-05' });
    expect(r.relation).toBe('equivalent');
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.agreements).toContainEqual(expect.objectContaining({ aspect: 'date', value: '2025-03-03' }));
  });

  it('flags a different number of the same thing as a contradiction', () => {
    const r = relateStatements('The storm killed 12 people in the coastal town.', 'The storm killed 40 people in the coastal town.');
    expect(r.relation).toBe('contradicts');
    expect(r.divergences).toContainEqual(expect.objectContaining({ aspect: 'number', values: [expect.objectContaining({ value: '12' }), expect.objectContaining({ value: '40' })] }));
  });

  it('flags negation and hedging', () => {
    const negated = relateStatements('The company confirmed the merger with its rival.', 'The company did not confirm the merger with its rival.');
    expect(negated.divergences.map((d) => d.aspect)).toContain('polarity');
    const hedged = relateStatements('The company will close the factory in Ohio.', 'The company may close the factory in Ohio.');
    expect(hedged.divergences.map((d) => d.aspect)).toContain('certainty');
  });

  it('tells a refinement from a conflict', () => {
    const r = relateStatements('The summit took place in February 2019 in Hanoi.', 'The summit took place on Feb. 28, 2019 in Hanoi.');
    expect(r.relation).toBe('elaborates');
    expect(r.refinements).toContainEqual(expect.objectContaining({ aspect: 'date', general: expect.objectContaining({ value: '2019-02' }), specific: expect.objectContaining({ value: '2019-02-28' }) }));
    expect(r.divergences.filter((d) => d.aspect === 'date')).toEqual([]);
  });

  it('keeps unrelated statements apart', () => {
    const r = relateStatements('The central bank raised interest rates by half a point.', 'The football club signed a new goalkeeper from Brazil.');
    expect(r.relation).toBe('unrelated');
    expect(r.score).toBeLessThan(0.2);
  });
});

describe('compareArticles on the project samples', () => {
  const report = compareArticles(sampleArticles);

  it('aligns statements across the three samples and cites only statements that exist', () => {
    expect(report.summary.crossSourceFacts).toBeGreaterThan(0);
    const ids = new Set(report.statements.map((s) => s.id));
    for (const finding of report.findings) for (const id of finding.statementIds) expect(ids.has(id)).toBe(true);
    for (const fact of report.facts) expect(fact.articleIds.length).toBeGreaterThan(1);
  });

  it('keeps offsets of every statement and value into the original text', () => {
    const textOf = new Map(sampleArticles.map((a) => [a.id, a.text]));
    for (const s of report.statements) {
      const original = textOf.get(s.articleId)!;
      expect(original.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
      for (const d of s.dates) expect(original.slice(d.start, d.end)).toBe(d.text);
      for (const q of s.quotes) expect(original.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('renders a Markdown report with every section', () => {
    const markdown = renderMarkdown(report);
    for (const heading of ['## Summary', '## Divergences', '## Agreements', '## Only one source', '## Coverage', '## Quotations across sources']) expect(markdown).toContain(heading);
  });
});

describe('warnings', () => {
  it('warns on a single article, a missing date and unbalanced quotes', () => {
    const report = compareArticles([{ id: 'solo', text: 'She said “the plan is ready. It starts soon.\n\nA second paragraph follows.' }]);
    expect(report.warnings.map((w) => w.code)).toEqual(['SINGLE_ARTICLE']);
    expect(report.findings.filter((f) => f.kind !== 'unique')).toEqual([]);
    const codes = report.articles[0]!.warnings.map((w) => w.code);
    expect(codes).toEqual(['UNBALANCED_QUOTES', 'NO_PUBLICATION_DATE']);
    expect(report.articles[0]!.warnings[0]).toMatchObject({ start: 0, end: 44 });
  });

  it('warns when no statement of one article matches another', () => {
    const report = compareArticles([
      { id: 'rates', text: 'The central bank raised interest rates by half a point on Tuesday.' },
      { id: 'football', text: 'The football club signed a new goalkeeper from Brazil.' },
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(['NO_CROSS_SOURCE_ALIGNMENT']);
  });
});

describe('what is aligned', () => {
  it('leaves out lines of fewer than three content words: list numbers, credits, calls to the reader, a subject alone', () => {
    const report = compareArticles([
      { id: 'herald', text: 'Reuters\n\n1.\n\nThe harbour council approved a budget of 2 million euros on Tuesday.\n\nThen, the harbour council.\n\nWatch below:\n\n2.\n\nFerry fares will rise sharply.' },
      { id: 'courier', text: 'Reuters\n\n1.\n\nOn Tuesday the harbour council approved its 2 million euro budget.\n\nWatch below:\n\n2.\n\nThe harbour council?\n\nFerry fares are set to rise sharply.' },
    ]);
    const textOf = new Map(report.statements.map((s) => [s.id, s.text]));
    const aligned = report.alignments.map((a) => a.statementIds.map((id) => textOf.get(id)!).sort());
    // Three content words are enough: "ferry", "fare", "rise".
    expect(aligned).toEqual([
      ['On Tuesday the harbour council approved its 2 million euro budget.', 'The harbour council approved a budget of 2 million euros on Tuesday.'],
      ['Ferry fares are set to rise sharply.', 'Ferry fares will rise sharply.'],
    ]);
    // "The harbour council" alone says nothing of it, yet it would elaborate on every statement of the council's.
    for (const line of ['Reuters', '1.', '2.', 'Watch below:', 'Then, the harbour council.', 'The harbour council?']) {
      expect(report.statements.some((s) => s.text === line)).toBe(true);
      expect(aligned.flat()).not.toContain(line);
    }
  });
});

describe('quotations many outlets repeat', () => {
  it('compare each rendering with one of each wording of the same words, not every pair, yet leave none out', () => {
    // Thirty outlets quote one sentence in two wordings: whole (twelve, some with other
    // punctuation, which is the same wording) or its second half (eighteen).
    const whole = ['"We are talking to the North, and the talks are going well," Anna Berg said on Monday.', '"We are talking to the North — and the talks are going well," Anna Berg said.'];
    const half = '"The talks are going well," Anna Berg said.';
    const articles = Array.from({ length: 30 }, (_, i) => ({ id: `outlet-${String(i).padStart(2, '0')}`, text: `Officials met in Geneva this week. ${i < 12 ? whole[i % 2] : half} No date was set for the next round.` }));
    const report = compareArticles(articles);
    const group = report.quotes.find((g) => g.speakerId === 'anna-berg')!;
    const renderings = report.statements.flatMap((s) => s.quotes.filter((q) => q.speakerId === 'anna-berg').map((q) => `${s.id}@${q.start}`));
    expect(renderings).toHaveLength(30);
    // Every pair of renderings would be 435; a pair per rendering and wording is linear.
    expect(group.comparisons.length).toBeLessThanOrEqual(2 * 30);
    const compared = new Set(group.comparisons.flatMap((c) => [`${c.a.statementId}@${c.a.start}`, `${c.b.statementId}@${c.b.start}`]));
    expect(new Set(renderings)).toEqual(compared);
    const isWhole = (text: string) => text.startsWith('We are');
    for (const c of group.comparisons) {
      expect(c.a.articleId).not.toBe(c.b.articleId);
      expect(c.verdict).toBe(isWhole(c.a.text) === isWhole(c.b.text) ? 'verbatim' : 'trimmed');
    }
    // Each half rendering is set against the whole sentence, and each whole one against the half.
    for (const side of [true, false]) {
      const mixed = group.comparisons.filter((c) => isWhole(c.a.text) !== isWhole(c.b.text));
      const ends = new Set(mixed.flatMap((c) => [c.a, c.b]).filter((q) => isWhole(q.text) === side).map((q) => q.statementId));
      expect(ends.size).toBe(side ? 12 : 18);
    }
    // Listed in the order of the quotations, the earlier article first.
    const order = report.statements.map((s) => s.id);
    const place = (c: (typeof group.comparisons)[number]) => [order.indexOf(c.a.statementId), order.indexOf(c.b.statementId)].sort((x, y) => x - y);
    const places = group.comparisons.map(place);
    expect(places).toEqual([...places].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
    expect(group.comparisons.every((c) => c.a.articleId < c.b.articleId)).toBe(true);
  });
});
