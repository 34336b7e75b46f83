import fc from 'fast-check';
import { decodeHTMLStrict } from 'entities';
import { parseHTML } from 'linkedom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { CrossfactError, compareArticles, renderHtml, renderMarkdown, type ArticleInput, type ComparisonReport } from '../src/index.js';

// Bounded runs and small inputs: the whole file stays within a few seconds. A failure prints the
// seed and the shrunk counterexample; `fc.assert(..., { seed, path })` replays it.
const RUNS = Number(process.env.CROSSFACT_PROPERTY_RUNS ?? 60);

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces of scraped news text, hostile ones included: the text patterns all get something to bite. */
const PIECES = [
  'the', 'minister', 'said', 'talks', 'would', 'resume', 'not', 'may', 'reportedly', 'three', 'people', 'were', 'hurt',
  'Kim Jong-un', 'Seoul', 'U.S.', 'Mr.', 'Dr.', 'Anna Berg', 'Reuters', 'North Korea', 'Ministry of Unification',
  '3', '1,200', '$5 million', '40%', '2019', 'Monday', 'March 3, 2025', 'No. 10', 'first',
  '.', '. ', '!', '?', '...', '…', ',', ';', ':', ' — ', '-', '(', ')', '[', ']',
  '"', '“', '”', "'", '‘', '’', '«', '»',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028',
  '\u200b', '\u200f', '\u202e', '\ufeff', '\u00ad', '\u0000',
  '&amp;', '&ldquo;', '&rdquo;', '&#8217;', '&nbsp;', '&#x1F600;', '&bogus;', '&', '&#8203;',
  '[a link](https://example.org/x)', '![photo](https://example.org/p.jpg)', 'https://evil.example/x', 'www.evil.example', 'desk@example.org',
  '**', '_', '`', '#', '>', '|', '<b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{x}}', '\\',
  '😀', '👍🏽', '\ud800', '한국어', 'Привет', 'مرحبا', 'naïve café',
  'Advertisement\n', 'By Jane Doe\n', 'Published: 2025-04-01 10:00\n', ' (AP Photo/Jane Doe)', 'SEOUL (Reuters) — ',
] as const;

const newsText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  { weight: 3, arbitrary: newsText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('.', ' ', 'A', 'a', '"', '“', '”', '-', '\n', 'U.S.', '&', ';', '@'), minLength: 1, maxLength: 300 }) },
);

const articleId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'a#1', '<b>id</b>', 'id`with`ticks', '[x](http://e.org)', ' padded '),
);

const publishedAt = fc.oneof(
  fc.constant(undefined),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
  fc.constantFrom('2025-04-01T17:13:00+09:00', '2025-02-30', 'yesterday', '', '1', new Date(Number.NaN)),
);

const metadataText = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('<script>x</script>', '  ', 'https://e.org/a?b=1&c=2')), { nil: undefined });

const article = fc.record(
  { id: articleId, text: anyText, source: metadataText, title: metadataText, url: metadataText, publishedAt },
  { requiredKeys: ['id', 'text'] },
);

/** 1-4 articles; ids may repeat or be blank (the call must then refuse with a typed error). */
const articles = fc.array(article, { minLength: 1, maxLength: 4 });

/** 2-4 articles that validate: distinct non-blank ids, non-blank text, readable dates. */
const validArticles = fc
  .uniqueArray(
    fc.record({ id: articleId.filter((id) => id.trim() !== ''), text: anyText.filter((t) => t.trim() !== ''), source: metadataText, title: metadataText }, { requiredKeys: ['id', 'text'] }),
    { minLength: 2, maxLength: 4, selector: (a) => a.id },
  )
  .chain((list) => fc.tuple(fc.constant(list), fc.array(fc.constantFrom(undefined, '2025-04-01', '2025-04-01T17:13:00+09:00'), { minLength: list.length, maxLength: list.length })))
  .map(([list, dates]) => list.map((a, i) => (dates[i] ? { ...a, publishedAt: dates[i] } : a)) as ArticleInput[]);

// ---------------------------------------------------------------------------------------------
// Helpers

/** The report, or the CrossfactError (never INTERNAL); anything else thrown fails the property. */
function run(input: unknown, options?: unknown): ComparisonReport | CrossfactError {
  try {
    return compareArticles(input as ArticleInput[], options as never);
  } catch (error) {
    if (!(error instanceof CrossfactError)) throw new Error(`threw something other than a CrossfactError: ${String(error)}`);
    if (error.code === 'INTERNAL') throw new Error(`INTERNAL error: ${error.message}`, { cause: error.cause });
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.path).toMatch(/^(articles|options)/);
    return error;
  }
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * The documented relation between a statement and its article (README, "Statements and the
 * original text"): `text.slice(start, end)`, less the removed spans inside it (a markdown link
 * keeps its text), with character references decoded, invisible characters dropped, and white
 * space folded to single spaces.
 */
function expectedStatementText(original: string, start: number, end: number, removed: ComparisonReport['articles'][number]['removed']): string {
  let kept = '';
  let cursor = start;
  for (const span of removed) {
    if (span.end <= start || span.start >= end) continue;
    kept += original.slice(cursor, Math.max(cursor, span.start));
    if (span.rule === 'markdown-link') {
      const link = original.slice(span.start, span.end);
      kept += link.slice(1, link.indexOf(']('));
    }
    cursor = Math.max(cursor, span.end);
  }
  kept += original.slice(cursor, end);
  return decodeReferences(kept).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

function decodeReferences(text: string): string {
  return text.replace(/&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (reference) => decodeHTMLStrict(reference));
}

/** Every id a report cites, with what it must be the id of. */
function citedIds(report: ComparisonReport): Array<[kind: 'statement' | 'article' | 'entity' | 'fact' | 'topic' | 'alignment', id: string]> {
  const cited: Array<['statement' | 'article' | 'entity' | 'fact' | 'topic' | 'alignment', string]> = [];
  const refs = (values: ReadonlyArray<{ statementId: string; articleId: string }>) => values.forEach((v) => cited.push(['statement', v.statementId], ['article', v.articleId]));
  for (const s of report.statements) {
    cited.push(['article', s.articleId]);
    for (const m of s.entities) cited.push(['entity', m.entityId]);
  }
  for (const a of report.alignments) {
    a.statementIds.forEach((id) => cited.push(['statement', id]));
    a.divergences.forEach((d) => refs(d.values));
    a.agreements.forEach((g) => refs(g.values));
    a.refinements.forEach((r) => refs([r.general, r.specific]));
  }
  for (const f of report.facts) {
    cited.push(['topic', f.topicId]);
    f.statementIds.forEach((id) => cited.push(['statement', id]));
    f.articleIds.forEach((id) => cited.push(['article', id]));
    f.alignmentIds.forEach((id) => cited.push(['alignment', id]));
  }
  for (const t of report.topics) {
    t.factIds.forEach((id) => cited.push(['fact', id]));
    t.statementIds.forEach((id) => cited.push(['statement', id]));
    t.articleIds.forEach((id) => cited.push(['article', id]));
    for (const [articleId, entityIds] of Object.entries(t.entitiesByArticle)) {
      cited.push(['article', articleId]);
      entityIds.forEach((id) => cited.push(['entity', id]));
    }
    t.onlyIn.forEach((o) => cited.push(['entity', o.entityId], ['article', o.articleId], ...o.statementIds.map((id) => ['statement', id] as ['statement', string])));
  }
  for (const f of report.findings) {
    f.statementIds.forEach((id) => cited.push(['statement', id]));
    f.articleIds.forEach((id) => cited.push(['article', id]));
    if (f.kind === 'unique') cited.push(['article', f.articleId], ['topic', f.topicId]);
    else cited.push(['fact', f.factId]);
    if (f.kind === 'divergence') refs(f.values);
    if (f.kind === 'refinement') refs([f.general, f.specific]);
    if (f.kind === 'agreement') f.agreements.forEach((g) => refs(g.values));
  }
  report.coverage.articleIds.forEach((id) => cited.push(['article', id]));
  report.coverage.rows.forEach((r) => cited.push(['entity', r.entityId]));
  for (const g of report.quotes) {
    cited.push(['entity', g.speakerId]);
    for (const c of g.comparisons) refs([c.a, c.b]);
  }
  for (const w of [...report.warnings, ...report.articles.flatMap((a) => a.warnings)]) if (w.articleId !== undefined) cited.push(['article', w.articleId]);
  return cited;
}

/**
 * The report with the input order taken out: articles and statements in id order, and every
 * list of article ids or of things per article sorted. What remains, ids of alignments, facts,
 * topics and findings included, must not depend on the order the articles came in.
 */
function withoutInputOrder(report: ComparisonReport): unknown {
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortBy = <T>(list: readonly T[], key: (item: T) => string) => [...list].sort((a, b) => byString(key(a), key(b)));
  const ids = (list: readonly string[]) => [...list].sort(byString);
  const columns = report.coverage.articleIds.map((id, i) => [id, i] as const).sort((a, b) => byString(a[0], b[0]));
  const json = (value: unknown) => JSON.stringify(value);
  return {
    ...report,
    articles: sortBy(report.articles, (a) => a.id),
    statements: sortBy(report.statements, (s) => `${s.articleId}\u0000${String(s.index).padStart(8, '0')}`),
    alignments: sortBy(report.alignments.map((a) => ({ ...a, statementIds: ids(a.statementIds) })), json),
    facts: sortBy(report.facts.map((f) => ({ ...f, articleIds: ids(f.articleIds), statementIds: ids(f.statementIds) })), json),
    topics: sortBy(
      report.topics.map((t) => ({ ...t, articleIds: ids(t.articleIds), statementIds: ids(t.statementIds), entitiesByArticle: sortBy(Object.entries(t.entitiesByArticle), ([id]) => id), onlyIn: sortBy(t.onlyIn, json) })),
      json,
    ),
    // A message names the articles in input order ("a, b report the same fact"): compared as a multiset of its words.
    findings: sortBy(report.findings.map((f) => ({ ...f, message: ids(f.message.split(/[\s,]+/).filter(Boolean)), articleIds: ids(f.articleIds), statementIds: ids(f.statementIds) })), json),
    coverage: { articleIds: columns.map(([id]) => id), rows: report.coverage.rows.map((r) => ({ ...r, counts: columns.map(([, i]) => r.counts[i]) })) },
    quotes: sortBy(report.quotes.map((g) => ({ ...g, comparisons: sortBy(g.comparisons.map((c) => ({ ...c, pair: ids([json(c.a), json(c.b)]), a: null, b: null, diff: null })), json) })), json),
    warnings: sortBy(report.warnings, json),
  };
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('properties of compareArticles on arbitrary input', () => {
  it('returns a report or throws a CrossfactError listing issues with paths, nothing else', () => {
    fc.assert(fc.property(articles, (input) => void run(input)), { numRuns: RUNS * 2 });
  });

  it('arbitrary values in place of articles and options: a typed error or a report', () => {
    const value = fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withDate: true });
    fc.assert(
      fc.property(fc.oneof(value, fc.array(value, { maxLength: 3 })), fc.oneof(fc.constant(undefined), value), (input, options) => void run(input, options)),
      { numRuns: RUNS * 2 },
    );
  });

  it('every statement is the original text between its offsets, as documented; every span lies inside it', () => {
    fc.assert(
      fc.property(validArticles, (input) => {
        const report = run(input);
        if (report instanceof CrossfactError) return;
        const byId = new Map(input.map((a) => [a.id, a.text]));
        for (const s of report.statements) {
          const original = byId.get(s.articleId)!;
          const removed = report.articles.find((a) => a.id === s.articleId)!.removed;
          expect(s.text).toBe(expectedStatementText(original, s.start, s.end, removed));
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text.length).toBeLessThanOrEqual(2_000);
          for (const span of [...s.entities, ...s.dates, ...s.numbers, ...s.quotes, ...s.hedges, ...s.negations, ...(s.speaker ? [s.speaker] : [])]) {
            expect(span.start).toBeGreaterThanOrEqual(s.start);
            expect(span.end).toBeLessThanOrEqual(s.end);
            expect(span.start).toBeLessThan(span.end);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every id a report cites exists', () => {
    fc.assert(
      fc.property(validArticles, (input) => {
        const report = run(input);
        if (report instanceof CrossfactError) return;
        const known = {
          statement: new Set(report.statements.map((s) => s.id)),
          article: new Set(report.articles.map((a) => a.id)),
          entity: new Set(report.entities.map((e) => e.id)),
          fact: new Set(report.facts.map((f) => f.id)),
          topic: new Set(report.topics.map((t) => t.id)),
          alignment: new Set(report.alignments.map((a) => a.id)),
        };
        for (const [kind, id] of citedIds(report)) expect(known[kind].has(id), `${kind} ${id}`).toBe(true);
        expect(new Set(report.statements.map((s) => s.id)).size).toBe(report.statements.length);
        expect(report.articles.map((a) => a.id)).toEqual(input.map((a) => a.id));
      }),
      { numRuns: RUNS },
    );
  });

  it('the same input gives byte-identical JSON, and the report is plain JSON', () => {
    fc.assert(
      fc.property(validArticles, (input) => {
        const first = run(input);
        if (first instanceof CrossfactError) return;
        const again = run(input.map((a) => ({ ...a })));
        const json = JSON.stringify(first);
        expect(JSON.stringify(again)).toBe(json);
        expect(JSON.stringify(JSON.parse(json))).toBe(json);
        expect(json).not.toMatch(/\bNaN\b|Infinity/);
      }),
      { numRuns: RUNS },
    );
  });

  it('reordering the input articles changes only their order in the report', () => {
    fc.assert(
      fc.property(validArticles.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length }))), ([input, shuffled]) => {
        const a = run(input);
        const b = run(shuffled);
        if (a instanceof CrossfactError || b instanceof CrossfactError) {
          expect(b instanceof CrossfactError && a instanceof CrossfactError && a.code === b.code).toBe(true);
          return;
        }
        expect(b.articles.map((x) => x.id)).toEqual(shuffled.map((x) => x.id));
        expect(withoutInputOrder(b)).toEqual(withoutInputOrder(a));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('properties of the rendered reports', () => {
  // What renderMarkdown itself writes: headings, lists, tables, strong and emphasis, code spans.
  const MARKDOWN_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'code', 'del']);

  it('Markdown: article text never becomes a link, an image or HTML for a GFM reader', () => {
    fc.assert(
      fc.property(validArticles, (input) => {
        const report = run(input);
        if (report instanceof CrossfactError) return;
        const html = micromark(renderMarkdown(report), { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        for (const element of document.body.querySelectorAll('*')) {
          expect(MARKDOWN_TAGS.has(element.tagName.toLowerCase()), `<${element.tagName.toLowerCase()}> in the Markdown report`).toBe(true);
          for (const attribute of element.attributes) expect(['align']).toContain(attribute.name);
        }
        // Each statement shows as written (white space aside).
        const shown = document.body.textContent!.replace(/\s+/g, ' ');
        for (const finding of report.findings) {
          if (finding.kind !== 'unique') continue;
          const text = report.statements.find((s) => s.id === finding.statementIds[0])!.text.replace(/[\u2028\u2029]/g, ' ').replace(/\s+/g, ' ');
          expect(shown).toContain(`“${text}”`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('HTML: article text and metadata never become elements, attributes or scripts', () => {
    const reference = renderHtml(compareArticles([{ id: 'a', text: 'Plain text.' }, { id: 'b', text: 'Other text.' }]));
    const count = (html: string, selector: string) => parseHTML(html).document.querySelectorAll(selector).length;
    fc.assert(
      fc.property(validArticles, (input) => {
        const report = run(input);
        if (report instanceof CrossfactError) return;
        const html = renderHtml(report);
        const { document } = parseHTML(html);
        // Exactly the elements of these kinds that the renderer writes itself (its script, style and content policy).
        for (const selector of ['script', 'style', 'img', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'link', 'meta', 'base']) {
          expect(count(html, selector), selector).toBe(count(reference, selector));
        }
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            expect(attribute.name.startsWith('on'), `${attribute.name} on <${element.tagName}>`).toBe(false);
            expect(attribute.value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
          }
        }
        for (const s of report.statements) expect(document.body.textContent).toContain(s.text.replace(/\s+/g, ' ').trim().split(' ')[0]!);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
