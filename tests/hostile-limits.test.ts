import { describe, expect, it } from 'vitest';
import { refusal } from './support/refusal.js';
import { compareArticles } from '../src/index.js';
import { DEFAULT_LIMITS, exceedsBytes, utf8Length } from '../src/limits.js';
import { cutLongSentence } from '../src/segment/index.js';


const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

describe('limits: defaults', () => {
  it('are the documented ones', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxArticles: 500,
      maxArticleBytes: 2_000_000,
      maxTotalBytes: 4_000_000,
      maxFieldLength: 2_000,
      maxStatements: 10_000,
      maxStatementLength: 2_000,
    });
  });

  it('measures UTF-8 bytes without encoding', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a\uD800b', '\uDC00', 'naïve café — “quoted” 😀 한국어']) {
      const lone = /[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
      if (!lone) expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
    expect(utf8Length('a\uD800b')).toBe(5); // a lone surrogate counts as U+FFFD
    expect(exceedsBytes('€€', 6)).toBe(false);
    expect(exceedsBytes('€€', 5)).toBe(true);
  });
});

describe('limits: each breach is a LIMIT_EXCEEDED naming the limit and how to raise it', () => {
  it('a 5 MB page is refused at once, with the other problems of the call', () => {
    const page = 'word '.repeat(1_000_000);
    const { value: error, ms } = timed(() => refusal(() => compareArticles([{ id: 'big', text: page }, { id: 'b', text: 'Fine.', publishedAt: 'soon' }])));
    expect(ms).toBeLessThan(2_000);
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.issues[0]).toMatchObject({ path: 'articles[0].text', limit: 'maxArticleBytes', field: 'text', articleId: 'big' });
    expect(error.issues[0]!.message).toContain('5,000,000 bytes');
    expect(error.issues[0]!.message).toContain('limits.maxArticleBytes');
    expect(error.issues[0]!.message).toContain('{ limits: { maxArticleBytes: <number> } }');
    expect(error.issues.map((i) => i.path)).toEqual(['articles[0].text', 'articles[1].publishedAt', 'articles']);
    expect(error.issues[2]).toMatchObject({ limit: 'maxTotalBytes' });
  });

  it('counts bytes, not characters', () => {
    const text = '한'.repeat(400); // 1 200 bytes
    expect(refusal(() => compareArticles([{ id: 'a', text }], { limits: { maxArticleBytes: 1_000 } })).issues[0]!.limit).toBe('maxArticleBytes');
    expect(compareArticles([{ id: 'a', text }], { limits: { maxArticleBytes: 1_200 } }).articles).toHaveLength(1);
  });

  it('too many articles', () => {
    const articles = Array.from({ length: 501 }, (_, i) => ({ id: `a${i}`, text: 'One line.' }));
    const error = refusal(() => compareArticles(articles));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.issues).toEqual([{ path: 'articles', limit: 'maxArticles', message: expect.stringContaining('501 articles, over the limit of 500 (limits.maxArticles)') }]);
    expect(compareArticles(articles.slice(0, 3), { limits: { maxArticles: 3 } }).articles).toHaveLength(3);
  });

  it('metadata fields too long, each listed with its path', () => {
    const error = refusal(() => compareArticles([{ id: 'a', text: 'Fine.', title: 't'.repeat(2_001), url: 'u'.repeat(3_000), publishedAt: '2'.repeat(2_500) }]));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.issues.map((i) => [i.path, i.limit])).toEqual([
      ['articles[0].title', 'maxFieldLength'],
      ['articles[0].url', 'maxFieldLength'],
      ['articles[0].publishedAt', 'maxFieldLength'],
    ]);
    // An id too long is not quoted back in the messages.
    const long = refusal(() => compareArticles([{ id: 'i'.repeat(5_000), text: 'Fine.' }]));
    expect(long.issues).toHaveLength(1);
    expect(long.message.length).toBeLessThan(300);
  });

  it('too many statements: refused before extraction, and Infinity lifts the limit', () => {
    const text = 'It rained. '.repeat(10_100);
    const { value: error, ms } = timed(() => refusal(() => compareArticles([{ id: 'a', text }])));
    expect(ms).toBeLessThan(2_000);
    expect(error.issues[0]).toMatchObject({ path: 'articles', limit: 'maxStatements' });
    expect(error.issues[0]!.message).toContain('limits.maxStatements');
    expect(compareArticles([{ id: 'a', text: 'It rained. '.repeat(50) }], { limits: { maxStatements: 50 } }).statements).toHaveLength(50);
    expect(refusal(() => compareArticles([{ id: 'a', text: 'It rained. '.repeat(51) }], { limits: { maxStatements: 50 } })).code).toBe('LIMIT_EXCEEDED');
    expect(compareArticles([{ id: 'a', text: 'It rained. '.repeat(1_600) }], { limits: { maxStatements: Infinity } }).statements).toHaveLength(1_600);
  });

  it('limits are validated like every option', () => {
    const error = refusal(() => compareArticles([{ id: 'a', text: 'Fine.' }], { limits: { maxArticles: 0, maxStatementLength: 10, maxTotalBytes: 1.5, other: 1 } as never }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues.map((i) => i.path)).toEqual(['options.limits.maxArticles', 'options.limits.maxTotalBytes', 'options.limits.maxStatementLength', 'options.limits']);
    expect(refusal(() => compareArticles([{ id: 'a', text: 'Fine.' }], { limits: 'big' as never })).code).toBe('INVALID_OPTION');
  });
});

describe('limits: a statement too long is cut, not refused', () => {
  it('cuts one giant unpunctuated sentence into statements at clause breaks, with a LONG_STATEMENT warning', () => {
    const text = 'the council said that the tram line would reach the harbor, and '.repeat(3_200).trim(); // ~200 000 characters
    const { value: report, ms } = timed(() => compareArticles([{ id: 'a', text }]));
    expect(ms).toBeLessThan(10_000);
    const lengths = report.statements.map((s) => s.text.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2_000);
    expect(report.statements.length).toBeGreaterThanOrEqual(100);
    // Every cut falls after a comma.
    for (const s of report.statements.slice(0, -1)) expect(s.text.endsWith(',')).toBe(true);
    const warning = report.articles[0]!.warnings.find((w) => w.code === 'LONG_STATEMENT')!;
    expect(warning).toMatchObject({ articleId: 'a', start: 0, end: text.length });
    expect(warning.message).toContain('limits.maxStatementLength');
  });

  it('cuts at white space without clause breaks, and inside a word only when there is none, never in a surrogate pair', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(50);
    for (const [a, b] of cutLongSentence(words, 0, words.length, 100)) {
      expect(b - a).toBeLessThanOrEqual(100);
      expect(words[a]).not.toBe(' ');
      expect(words.slice(a, b)).toMatch(/^\S.*\S$/);
    }
    const emoji = '😀'.repeat(301); // 602 UTF-16 units, no break
    const pieces = cutLongSentence(emoji, 0, emoji.length, 101);
    expect(pieces.map(([a, b]) => emoji.slice(a, b)).join('')).toBe(emoji);
    for (const [a, b] of pieces) expect(emoji.slice(a, b)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('the cap can be raised', () => {
    const text = 'alpha beta gamma delta '.repeat(200).trim();
    expect(compareArticles([{ id: 'a', text }]).statements).toHaveLength(3);
    expect(compareArticles([{ id: 'a', text }], { limits: { maxStatementLength: 10_000 } }).statements).toHaveLength(1);
  });
});
