import { describe, expect, it } from 'vitest';
import { compareArticles, escapeMarkdown, renderMarkdown } from '../src/index.js';

/** A Markdown link or image whose brackets are not escaped. */
const LIVE_LINK = /(?<!\\)\[[^\]\n]*(?<!\\)\]\(/;
/** An HTML tag (or comment) that Markdown would pass through. */
const LIVE_HTML = /<\/?[A-Za-z!][^>\n]*>?/;
/** Emphasis: a `*` or `_` not escaped by a backslash, next to a word character. */
const LIVE_EMPHASIS_IN = (text: string, word: string) => new RegExp(`(?<!\\\\)[*_]${word}|${word}(?<!\\\\)[*_]`).test(text);

describe('escapeMarkdown', () => {
  it('escapes link brackets and parentheses', () => {
    const out = escapeMarkdown('see [link](http://x)');
    // The ':' of '://' is escaped too, or GitHub would still autolink the URL.
    expect(out).toBe('see \\[link\\]\\(http\\://x\\)');
    expect(LIVE_LINK.test(out)).toBe(false);
  });

  it('turns < into an entity so no HTML survives', () => {
    const out = escapeMarkdown('<script>alert(1)</script>');
    expect(out).toBe('&lt;script\\>alert\\(1\\)&lt;/script\\>');
    expect(LIVE_HTML.test(out)).toBe(false);
  });

  it('escapes emphasis, code, headings and table pipes', () => {
    expect(escapeMarkdown('*bold* _it_ `code` # h | t')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\# h \\| t');
  });

  it('escapes the backslash itself, so an escape cannot be undone', () => {
    expect(escapeMarkdown('\\*x\\*')).toBe('\\\\\\*x\\\\\\*');
  });

  it('folds line breaks into spaces', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour')).toBe('one two three four');
  });

  it('leaves plain text alone', () => {
    expect(escapeMarkdown('The ferry left at 9 on Monday.')).toBe('The ferry left at 9 on Monday.');
  });
});

describe('renderMarkdown', () => {
  const a = {
    id: 'alpha',
    source: 'Alpha <b>News</b>',
    text: 'Crews Rebuild The Harbor Wall\n\nCrews rebuilt the harbor wall in Ardenport on Monday, officials said.\n\nClick [here](http://evil.test/x) for <script>alert(1)</script> and *bold* claims.',
    publishedAt: '2025-04-01',
  };
  const b = {
    id: 'beta',
    text: 'Crews rebuilt the harbor wall in Ardenport on Tuesday, officials said.\n\nThe <img src=x onerror=alert(1)> work was **hard** and _slow_ [see](http://evil.test/y).',
    publishedAt: '2025-04-01',
  };
  const report = compareArticles([a, b]);
  const md = renderMarkdown(report);

  it('renders the article text it shows', () => {
    expect(md).toContain('# crossfact: 2 articles compared');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('\\*\\*hard\\*\\*');
    expect(md).toContain('&lt;script\\>');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)\\>');
  });

  it('cannot produce a link, HTML or emphasis from article text', () => {
    expect(LIVE_LINK.test(md)).toBe(false);
    expect(md).not.toContain('http://evil.test');
    expect(LIVE_HTML.test(md)).toBe(false);
    for (const word of ['bold', 'hard', 'slow']) expect(LIVE_EMPHASIS_IN(md, word), word).toBe(false);
  });

  it('escapes the source name in the article table', () => {
    expect(md).toContain('| alpha | Alpha &lt;b\\>News&lt;/b\\> | 2025\\-04\\-01 |');
  });

  it('reports the date divergence between the two sources', () => {
    expect(report.findings.filter((f) => f.kind === 'divergence').map((f) => (f as { aspect: string }).aspect)).toContain('date');
    expect(md).toMatch(/- \*\*date\*\*: .*Monday.*Tuesday/);
  });

  it('ends with exactly one line break', () => {
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });
});
