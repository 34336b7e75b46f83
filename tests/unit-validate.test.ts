import { describe, expect, it } from 'vitest';
import { refusal } from './support/refusal.js';
import { CrossfactError, compareArticles, isCrossfactError } from '../src/index.js';
import { validateArticles } from '../src/validate.js';


describe('validateArticles', () => {
  it('refuses zero articles with NO_ARTICLES', () => {
    const error = refusal(() => validateArticles([]));
    expect(error.code).toBe('NO_ARTICLES');
    expect(error.issues).toEqual([{ path: 'articles', message: 'at least one article is needed' }]);
    expect(error.name).toBe('CrossfactError');
  });

  it('refuses duplicate ids with DUPLICATE_ID naming both articles', () => {
    const error = refusal(() => validateArticles([{ id: 'a', text: 'One.' }, { id: 'b', text: 'Two.' }, { id: 'a', text: 'Three.' }]));
    expect(error.code).toBe('DUPLICATE_ID');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: 'articles[2].id', field: 'id', articleId: 'a' });
    expect(error.issues[0]!.message).toContain('articles[0]');
    expect(error.message).toContain('articles[2].id');
  });

  it('refuses white-space text with EMPTY_TEXT at articles[1].text', () => {
    const error = refusal(() => validateArticles([{ id: 'a', text: 'Fine.' }, { id: 'b', text: '  \n\t ' }]));
    expect(error.code).toBe('EMPTY_TEXT');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: 'articles[1].text', field: 'text', articleId: 'b' });
  });

  it('refuses a text that is not a string with INVALID_INPUT', () => {
    const error = refusal(() => validateArticles([{ id: 'a', text: 42 }]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['articles[0].text']);
    expect(error.issues[0]!.message).toContain('number');
  });

  it('refuses an unparseable publication date with INVALID_DATE', () => {
    const error = refusal(() => validateArticles([{ id: 'a', text: 'Fine.', publishedAt: 'next Tuesday-ish' }]));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: 'articles[0].publishedAt', field: 'publishedAt', articleId: 'a' });
  });

  it('lists every problem at once, with the code of the first', () => {
    const error = refusal(() =>
      validateArticles([
        { id: 'a', text: 'Fine.' },
        { id: 'b', text: 5, publishedAt: 'bad' },
        { id: 'c', text: '   ' },
        { id: 'a', text: 'Again.' },
      ]),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['articles[1].text', 'articles[1].publishedAt', 'articles[2].text', 'articles[3].id']);
    expect(error.message).toMatch(/^4 problems:/);
  });

  it('names non-object entries by their index', () => {
    const error = refusal(() => validateArticles([{ id: 'a', text: 'x' }, 'text', [1], null]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['articles[1]', 'articles[2]', 'articles[3]']);
  });

  it('accepts well-formed articles and returns them', () => {
    const articles = [
      { id: 'a', text: 'One.', publishedAt: '2025-04-01' },
      { id: 'b', text: 'Two.', publishedAt: new Date('2025-04-02T00:00:00Z'), source: 'Bee' },
    ];
    expect(validateArticles(articles)).toBe(articles);
  });
});

describe('compareArticles: refusals', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'some text'],
    ['an object', { id: 'a', text: 'x' }],
  ])('refuses %s instead of an array with INVALID_INPUT', (_label, input) => {
    const error = refusal(() => compareArticles(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]!.path).toBe('articles');
  });

  it('refuses [null] and [undefined] with INVALID_INPUT, never a TypeError', () => {
    for (const input of [[null], [undefined], [42]]) {
      const error = refusal(() => compareArticles(input as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((i) => i.path)).toEqual(['articles[0]']);
    }
  });

  it('refuses an article without id or text', () => {
    const error = refusal(() => compareArticles([{}] as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['articles[0].id', 'articles[0].text']);
  });

  it('refuses zero articles, and a bad option', () => {
    expect(refusal(() => compareArticles([])).code).toBe('NO_ARTICLES');
    const error = refusal(() => compareArticles([{ id: 'a', text: 'Fine.' }], { factThreshold: 2 }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0]!.path).toBe('options.factThreshold');
    expect(isCrossfactError(error)).toBe(true);
    expect(isCrossfactError(new Error('x'))).toBe(false);
  });
});

describe('compareArticles: one article', () => {
  const report = compareArticles([{ id: 'solo', text: 'The harbor reopened on Monday after repairs. Ships returned within hours.', publishedAt: '2025-04-01' }]);

  it('is a valid report with a SINGLE_ARTICLE warning', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.warnings).toEqual([{ code: 'SINGLE_ARTICLE', message: expect.any(String), articleId: 'solo' }]);
    expect(report.articles.map((a) => [a.id, a.statementCount, a.publishedAt])).toEqual([['solo', 2, '2025-04-01']]);
    expect(report.statements.map((s) => s.id)).toEqual(['solo#0', 'solo#1']);
  });

  it('has no cross-source findings, alignments or facts', () => {
    expect(report.alignments).toEqual([]);
    expect(report.facts.filter((f) => f.articleIds.length > 1)).toEqual([]);
    expect(report.findings.filter((f) => f.kind !== 'unique')).toEqual([]);
    expect(report.findings.map((f) => f.statementIds)).toEqual([['solo#0'], ['solo#1']]);
    expect(report.summary).toMatchObject({ articles: 1, statements: 2, crossSourceFacts: 0, agreements: 0, refinements: 0, divergences: 0, unique: 2, quoteVariants: 0 });
    expect(report.quotes).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('compareArticles: article warnings', () => {
  it('warns of an article with nothing left after cleaning, and of missing publication dates', () => {
    const report = compareArticles([
      { id: 'noise', text: 'ADVERTISEMENT\nClose this search box.' },
      { id: 'real', text: 'The tram line opened on schedule.' },
    ]);
    const noise = report.articles.find((a) => a.id === 'noise')!;
    expect(noise.statementCount).toBe(0);
    expect(noise.warnings.map((w) => w.code)).toEqual(['NO_STATEMENTS', 'NO_PUBLICATION_DATE']);
    expect(noise.removed.map((r) => r.rule)).toEqual(['boilerplate', 'boilerplate']);
    expect(report.articles.find((a) => a.id === 'real')!.warnings.map((w) => w.code)).toEqual(['NO_PUBLICATION_DATE']);
  });
});
