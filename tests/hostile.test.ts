import { describe, expect, it } from 'vitest';
import { CrossfactError, compareArticles, type ComparisonReport } from '../src/index.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';

const OTHER = { id: 'other', text: 'The minister said on Monday that the talks would resume in Geneva.', publishedAt: '2025-04-01' };

/** The report, or the CrossfactError: anything else thrown fails the test. */
function reportOrRefusal(run: () => ComparisonReport): ComparisonReport | CrossfactError {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrossfactError);
    expect((error as CrossfactError).code).not.toBe('INTERNAL');
    return error as CrossfactError;
  }
}

/** Every statement and cited span slices the original text of its article. */
function expectSpansInside(report: ComparisonReport, texts: Record<string, string>): void {
  for (const s of report.statements) {
    const text = texts[s.articleId]!;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThan(s.end);
    for (const span of [...s.entities, ...s.dates, ...s.numbers, ...s.quotes, ...s.hedges, ...s.negations]) {
      expect(span.start).toBeGreaterThanOrEqual(s.start);
      expect(span.end).toBeLessThanOrEqual(s.end);
    }
  }
}

// Each input is 200 000 characters. A pattern that backtracks quadratically takes 20 s or more on
// these (the ones fixed for issue 6 took 20-90 s); linear code takes well under one.
describe('200 000-character inputs built to hurt: each completes with a report or a typed error', () => {
  const LENGTH = 200_000;
  for (const input of HOSTILE_INPUTS) {
    it(`${input.name} (${input.target})`, () => {
      const text = input.text(LENGTH);
      expect(text.length).toBe(LENGTH);
      const start = performance.now();
      const result = reportOrRefusal(() => compareArticles([{ id: 'hostile', text }, OTHER]));
      const ms = performance.now() - start;
      expect(ms).toBeLessThan(8_000);
      if (result instanceof CrossfactError) {
        expect(result.code).toBe('LIMIT_EXCEEDED');
        return;
      }
      expectSpansInside(result, { hostile: text, other: OTHER.text });
      for (const s of result.statements) expect(s.text.length).toBeLessThanOrEqual(2_000);
    });
  }
});

describe('broken pages', () => {
  it('empty, blank and invisible-only texts: EMPTY_TEXT or a report with NO_STATEMENTS', () => {
    for (const text of ['', '   \n\t  ', '\r\n\r\n']) {
      const error = reportOrRefusal(() => compareArticles([{ id: 'a', text }]));
      expect(error).toBeInstanceOf(CrossfactError);
      expect((error as CrossfactError).code).toBe('EMPTY_TEXT');
    }
    for (const text of ['\u200b\u200b\u200b', '\u202e\u2066\ufeff', 'ADVERTISEMENT', '&nbsp;&#8203;', '\u0000\u0001\u0002']) {
      const report = compareArticles([{ id: 'a', text }, OTHER]);
      const article = report.articles.find((a) => a.id === 'a')!;
      expect(article.statementCount).toBe(0);
      expect(article.warnings.map((w) => w.code)).toContain('NO_STATEMENTS');
    }
  });

  it('binary junk: a report, no crash, spans inside the text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (const [name, make] of [
      ['bytes as Latin-1', () => String.fromCharCode(...Array.from({ length: 5_000 }, () => Math.floor(random() * 256)))],
      ['UTF-16 units, lone surrogates included', () => String.fromCharCode(...Array.from({ length: 5_000 }, () => Math.floor(random() * 65_536)))],
      ['a PNG header and NULs', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + '\u0000'.repeat(200) + 'IEND\u00aeB`\u0082'],
    ] as const) {
      const text = make();
      const result = reportOrRefusal(() => compareArticles([{ id: 'junk', text }, OTHER]));
      if (result instanceof CrossfactError) expect(['EMPTY_TEXT'], name).toContain(result.code);
      else {
        expectSpansInside(result, { junk: text, other: OTHER.text });
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }
    }
  });

  it('metadata of the wrong kinds is listed issue by issue', () => {
    const error = reportOrRefusal(() =>
      compareArticles([
        { id: 'a', text: 'Fine.', source: 5, url: {}, publishedAt: 'not a date' },
        { id: 7, text: 'Fine too.' },
        { id: 'c', text: 'Fine.', publishedAt: new Date(Number.NaN) },
      ] as never),
    ) as CrossfactError;
    expect(error.issues.map((i) => i.path)).toEqual(['articles[0].source', 'articles[0].url', 'articles[0].publishedAt', 'articles[1].id', 'articles[2].publishedAt']);
  });

  it('ids that are names of Object.prototype keep their entries in every record', () => {
    const text = 'Mayor Anna Berg said on Monday that the tram line would open in May.';
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const report = compareArticles([{ id, text }, { id: 'b', text }]);
      const json = JSON.parse(JSON.stringify(report)) as ComparisonReport;
      for (const topic of json.topics) expect(Object.keys(topic.entitiesByArticle).sort()).toEqual([...topic.articleIds].sort());
      expect(json.statements.filter((s) => s.articleId === id)).toHaveLength(1);
    }
  });
});

describe('odd text', () => {
  it('CRLF, CR and LF line endings give the same statements', () => {
    const lines = ['Council Extends The Tram Line', '', 'The council voted on Monday.', 'Work starts in May, the mayor said.'];
    const texts = ['\n', '\r\n', '\r'].map((eol) => lines.join(eol));
    const reports = texts.map((text) => compareArticles([{ id: 'a', text, publishedAt: '2025-04-01' }]));
    const shapes = reports.map((r) => r.statements.map((s) => [s.kind, s.text]));
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    reports.forEach((r, i) => expectSpansInside(r, { a: texts[i]! }));
  });

  it('NBSP, zero-width characters, RTL marks and bidi overrides are folded or dropped, offsets kept', () => {
    const text = 'The\u00a0council\u200b voted\u200f on\u202e Monday\u2066 to extend the\u2069 tram line.';
    const report = compareArticles([{ id: 'a', text, publishedAt: '2025-04-01' }]);
    expect(report.statements.map((s) => s.text)).toEqual(['The council voted on Monday to extend the tram line.']);
    const [s] = report.statements;
    expect([s!.start, s!.end]).toEqual([0, text.length]);
    expect(s!.dates.map((d) => text.slice(d.start, d.end))).toEqual(['Monday']);
  });

  it('emoji and smart and straight quotes mixed', () => {
    const text = 'The mayor 🚋 said “the line opens in May” and added "it\'s on budget" 👍🏽. She called it ‘a relief’.';
    const report = compareArticles([{ id: 'a', text, publishedAt: '2025-04-01' }]);
    expectSpansInside(report, { a: text });
    const quotes = report.statements.flatMap((s) => s.quotes.map((q) => text.slice(q.start, q.end)));
    expect(quotes).toEqual(['the line opens in May', "it's on budget", 'a relief']);
  });

  it('HTML character references are decoded, and their spans cover the whole reference', () => {
    const text = 'AT&amp;T said &ldquo;profits rose&rdquo; by 5&nbsp;percent &mdash; in Q&A, &copy2025 stays &amp;lt;as is&gt;.';
    const report = compareArticles([{ id: 'a', text, publishedAt: '2025-04-01' }]);
    const [s] = report.statements;
    expect(s!.text).toBe('AT&T said “profits rose” by 5 percent — in Q&A, &copy2025 stays &lt;as is>.');
    expect([s!.start, s!.end]).toEqual([0, text.length]);
    expect(s!.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['profits rose']);
    expect(s!.numbers.map((n) => text.slice(n.start, n.end))).toEqual(['5&nbsp;percent']);
    // A statement that ends on a reference ends after its semicolon.
    const quoted = '&ldquo;We will win&rdquo;';
    const q = compareArticles([{ id: 'q', text: quoted }]).statements[0]!;
    expect([q.start, q.end, q.text]).toEqual([0, quoted.length, '“We will win”']);
  });
});

describe('other languages', () => {
  const german = 'Der Stadtrat hat am Montag beschlossen, die neue Straßenbahnlinie bis zum Hafen zu verlängern. Die Kosten werden auf drei Millionen Euro geschätzt, sagte Bürgermeister Klaus Weber.';
  const korean = '시의회는 월요일 새 트램 노선을 항구까지 연장하기로 결정했다. 비용은 300만 유로로 추산된다.';
  const english = 'The council voted on Monday to extend the new tram line to the harbor, Mayor Anna Berg said. The cost is estimated at three million euros, and work will not start before May.';

  it('an article in another language gets a NON_ENGLISH warning naming it, and no guessed names or cues', () => {
    const report = compareArticles([
      { id: 'de', text: german, publishedAt: '2025-04-01' },
      { id: 'ko', text: korean, publishedAt: '2025-04-01' },
      { id: 'en', text: english, publishedAt: '2025-04-01' },
    ]);
    const warning = (id: string) => report.articles.find((a) => a.id === id)!.warnings.filter((w) => w.code === 'NON_ENGLISH');
    expect(warning('de')).toEqual([{ code: 'NON_ENGLISH', message: expect.stringContaining('deu'), articleId: 'de', language: 'deu' }]);
    expect(warning('ko')).toEqual([{ code: 'NON_ENGLISH', message: expect.stringContaining('kor'), articleId: 'ko', language: 'kor' }]);
    expect(warning('en')).toEqual([]);
    for (const s of report.statements.filter((s) => s.articleId !== 'en')) {
      expect([s.entities, s.hedges, s.negations, s.speaker]).toEqual([[], [], [], null]);
    }
    // German capitalises its nouns: none of them became an entity.
    expect(report.entities.map((e) => e.name).sort()).toEqual(['Anna Berg']);
    expect(report.statements.filter((s) => s.articleId === 'en').flatMap((s) => s.negations.map((n) => n.text))).toEqual(['not']);
  });

  it('a foreign paragraph in an English article is warned of with its span', () => {
    const text = `${english}\n\n${german}\n\n${english.replace('Monday', 'Tuesday')}`;
    const report = compareArticles([{ id: 'mix', text, publishedAt: '2025-04-01' }]);
    const warnings = report.articles[0]!.warnings.filter((w) => w.code === 'NON_ENGLISH');
    expect(warnings).toHaveLength(1);
    expect(text.slice(warnings[0]!.start, warnings[0]!.end)).toBe(german);
    expect(warnings[0]!.language).toBe('deu');
    expect(report.entities.map((e) => e.name)).toEqual(['Anna Berg']);
  });

  it('short English text, headlines and lists of names are not taken for another language', () => {
    for (const text of ['Council Backs New Tram Line', 'Moon Jae-in, Kim Jong-un, Donald Trump, Mike Pompeo, Kim Yong-chol, Lee Do-hoon, Stephen Biegun.', 'Fine.']) {
      expect(compareArticles([{ id: 'a', text }]).articles[0]!.warnings.map((w) => w.code)).not.toContain('NON_ENGLISH');
    }
  });
});

describe('re-entrancy', () => {
  const inputs = [
    [{ id: 'a', text: 'The council voted on Monday to extend the tram line. It will cost 3 million euros.', publishedAt: '2025-04-01' }, { id: 'b', text: 'On Monday the council voted to extend the tram line, at a cost of 4 million euros.', publishedAt: '2025-04-01' }],
    [{ id: 'x', text: HOSTILE_INPUTS[0]!.text(5_000) }, { id: 'y', text: 'A short one. "Quoted," she said.' }],
    [{ id: 'de', text: 'Der Stadtrat hat am Montag beschlossen, die neue Straßenbahnlinie bis zum Hafen zu verlängern.' }, { id: 'en', text: 'The council decided on Monday to extend the new tram line to the harbor.' }],
  ];
  const options = [undefined, { limits: { maxStatementLength: 100 } }, { factThreshold: 0.5 }];

  it('many concurrent calls give the same reports as sequential calls', async () => {
    const calls = inputs.flatMap((articles) => options.map((opts) => ({ articles, opts })));
    const sequential = calls.map(({ articles, opts }) => JSON.stringify(compareArticles(articles, opts)));
    const order = [...calls.keys(), ...calls.keys(), ...calls.keys()].reverse();
    const concurrent = await Promise.all(
      order.map(async (i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
        const { articles, opts } = calls[i]!;
        return { i, json: JSON.stringify(compareArticles(articles.map((a) => ({ ...a })), opts)) };
      }),
    );
    for (const { i, json } of concurrent) expect(json).toBe(sequential[i]);
  });
});
