import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkClaim, compareArticles, escapeHtml, renderHtml, type ArticleInput, type ComparisonReport } from '../src/index.js';
import { sampleArticles } from '../examples/samples.js';

const report = compareArticles(sampleArticles);
const page = renderHtml(report);
const { document } = parseHTML(page);
type El = NonNullable<ReturnType<typeof document.querySelector>>;
const all = (selector: string): El[] => [...document.querySelectorAll(selector)];
const text = (el: El | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An article whose text and metadata try every way into the page. */
const hostile: ArticleInput = {
  id: 'evil"><b id="owned">',
  source: '<script>window.__pwned = "source"</script>Evil Gazette',
  title: '"><img src=x onerror="window.__pwned = \'title\'">',
  url: 'javascript:window.__pwned="url"',
  publishedAt: '2025-04-01',
  text: [
    'Trump says <script>window.__pwned = "text"</script> he is in touch with Kim Jong-un',
    '',
    'President Donald Trump said on March 31 that there is "communication" with Kim Jong-un. "><img src=x onerror="window.__pwned = \'img\'"> was posted below.',
    '',
    'A link to <a href="javascript:window.__pwned=1">click me</a> and <iframe src="https://example.com"></iframe> closes the piece.',
  ].join('\n'),
};

describe('renderHtml', () => {
  it('is one self-contained page: inline style and script, nothing loaded from elsewhere', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(all('link, img, iframe, object, embed, script[src], style[src]').length).toBe(0);
    expect(page).not.toMatch(/\b(?:src|srcset)\s*=|@import|url\(/i);
    const scripts = all('script');
    expect(scripts.length).toBe(1);
    // The CSP lets exactly this inline script run, and nothing may be fetched.
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    const hash = createHash('sha256').update(scripts[0]!.textContent!).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
  });

  it('puts the findings first, divergences first among them, each with its aspect, values and links', () => {
    const sections = all('main > section').map((s) => s.id);
    expect(sections[0]).toBe('findings');
    expect(sections).toEqual(expect.arrayContaining(['findings', 'facts', 'articles', 'coverage', 'quotes']));
    // The sample articles agree on their facts: two reports of a storm that do not.
    const storm = (id: string, dead: number, reopen: string): ArticleInput => ({
      id,
      publishedAt: '2024-01-15',
      text: `Storm hits the coast\n\nThe storm killed ${dead} people in the coastal town of Brixham on Monday, officials said. Mayor Jane Doe said the harbour ${reopen} in March 2024.`,
    });
    const diverging = compareArticles([storm('coast-daily', 12, 'would reopen'), storm('coast-herald', 40, 'would not reopen')]);
    const divergingPage = parseHTML(renderHtml(diverging)).document;
    const findings = divergingPage.getElementById('findings')!;
    expect(findings.querySelector('h3')!.id).toBe('divergences');
    const divergences = diverging.findings.filter((f) => f.kind === 'divergence');
    expect(divergences.map((f) => f.kind === 'divergence' && f.aspect).sort()).toEqual(['number', 'polarity']);
    const cards = [...divergingPage.querySelectorAll('#findings .finding-diverges')];
    expect(cards.length).toBe(divergences.length);
    divergences.forEach((finding, i) => {
      if (finding.kind !== 'divergence') return;
      const card = cards[i]!;
      expect(text(card.querySelector('.aspect'))).toBe(finding.aspect);
      expect(text(card.querySelector('.tag'))).toBe('Divergence');
      // One row per value, each naming its statement and the words as written.
      const rows = [...card.querySelectorAll('.values tbody tr')];
      expect(rows.length).toBe(finding.values.length);
      finding.values.forEach((v, j) => expect(text(rows[j]!)).toContain(v.text.replace(/\s+/g, ' ')));
      // The "show" link points at the statements, which exist in the article columns.
      const show = card.querySelector('a.show-all')!;
      const targets = show.getAttribute('data-show')!.split(' ');
      expect(targets).toHaveLength(new Set(finding.statementIds).size);
      for (const id of targets) expect(divergingPage.getElementById(id)?.closest('.col')).toBeTruthy();
      expect(show.getAttribute('href')).toBe(`#${targets[0]}`);
    });
  });

  it('gives each article a column with outlet, date and its statements in reading order', () => {
    const columns = all('#articles .col');
    expect(columns.length).toBe(report.articles.length);
    report.articles.forEach((article, i) => {
      const column = columns[i]!;
      expect(text(column.querySelector('h3'))).toBe(article.source);
      expect(column.querySelector('time')!.getAttribute('datetime')).toBe(article.publishedAt);
      const items = [...column.querySelectorAll('.st')];
      const statements = report.statements.filter((s) => s.articleId === article.id).sort((a, b) => a.index - b.index);
      expect(items.length).toBe(statements.length);
      items.forEach((item, j) => expect(text(item.querySelector('.st-text'))).toBe(statements[j]!.text));
    });
  });

  it('labels every statement in words, not by colour alone, and bands the statements of one fact alike', () => {
    const labels = new Set(all('.st .st-head .tag').map(text));
    expect([...labels].every((l) => ['Differs', 'Agrees', 'Related', 'Only here', 'Not compared'].includes(l))).toBe(true);
    expect(all('.st').length).toBe(report.statements.length);
    for (const item of all('.st')) expect(item.querySelector('.st-head .tag')).not.toBeNull();
    const aligned = new Set(report.alignments.flatMap((a) => a.statementIds));
    const unique = report.findings.filter((f) => f.kind === 'unique').flatMap((f) => f.statementIds).filter((id) => !aligned.has(id));
    expect(unique.length).toBeGreaterThan(0);
    for (const id of unique) expect(text(document.getElementById(anchorOf(id))!.querySelector('.tag'))).toBe('Only here');
    const shared = report.facts.filter((f) => f.articleIds.length > 1);
    expect(shared.length).toBeGreaterThan(1);
    shared.forEach((fact, i) => {
      const bands = fact.statementIds.map((id) => [...document.getElementById(anchorOf(id))!.classList].find((c) => /^fc\d$/.test(c)));
      expect(new Set(bands)).toEqual(new Set([`fc${i % 8}`]));
      // Each statement links to the others of its fact.
      for (const id of fact.statementIds) {
        const links = [...document.getElementById(anchorOf(id))!.querySelectorAll('.st-links a')].map((a) => a.getAttribute('href'));
        for (const other of fact.statementIds.filter((o) => o !== id)) expect(links).toContain(`#${anchorOf(other)}`);
      }
    });
    for (const finding of report.findings.filter((f) => f.kind === 'divergence')) {
      for (const id of finding.statementIds) expect(document.getElementById(anchorOf(id))!.classList.contains('st-diverges')).toBe(true);
    }
  });

  it('shows the coverage matrix with counts, shading and who names each entity', () => {
    const rows = all('#coverage tbody tr[data-entity]');
    expect(rows.length).toBe(report.coverage.rows.length);
    for (const row of report.coverage.rows) {
      const tr = rows.find((r) => r.getAttribute('data-entity') === row.entityId)!;
      const cells = [...tr.querySelectorAll('td.n')];
      expect(cells.map(text)).toEqual(row.counts.map(String));
      cells.forEach((cell, i) => expect(cell.classList.contains('n0')).toBe(row.counts[i] === 0));
    }
    expect(all('#coverage th[scope="rowgroup"]').length).toBeGreaterThan(0);
  });

  it('shows quotation variants as a word diff with insertions and deletions', () => {
    const diffs = report.quotes.flatMap((g) => g.comparisons);
    expect(diffs.length).toBeGreaterThan(0);
    expect(all('#quotes .quote').length).toBe(diffs.length);
    const del = diffs.flatMap((c) => c.diff.filter((p) => p.op === 'delete'));
    const ins = diffs.flatMap((c) => c.diff.filter((p) => p.op === 'insert'));
    expect(all('#quotes .quote del').length).toBe(del.length);
    expect(all('#quotes .quote ins').length).toBe(ins.length);
  });

  it('is the same page for the same report', () => {
    expect(renderHtml(compareArticles(sampleArticles))).toBe(page);
  });

  it('takes a title', () => {
    const titled = renderHtml(report, { title: 'Contact <with> Pyongyang' });
    expect(titled).toContain('<title>Contact &lt;with&gt; Pyongyang</title>');
    expect(titled).toContain('<h1>Contact &lt;with&gt; Pyongyang</h1>');
  });
});

describe('renderHtml with hostile article text and metadata', () => {
  const evil = compareArticles([...sampleArticles, hostile]);
  const out = renderHtml(evil);
  const dom = parseHTML(out).document;

  it('renders script tags, event handlers and javascript: urls as inert text', () => {
    expect(dom.querySelectorAll('script').length).toBe(1);
    expect(dom.querySelectorAll('img, iframe, b#owned, #owned').length).toBe(0);
    for (const el of dom.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
    for (const a of dom.querySelectorAll('a')) expect(a.getAttribute('href')!).toMatch(/^(#|https?:\/\/)/);
    expect(out).not.toMatch(/<script>window|<img|<iframe|href="javascript/i);
  });

  it('still shows the hostile strings to the reader, as text', () => {
    const body = dom.body.textContent!;
    expect(body).toContain('<script>window.__pwned = "source"</script>Evil Gazette');
    expect(body).toContain('"><img src=x onerror="window.__pwned = \'title\'">');
    expect(body).toContain('javascript:window.__pwned="url"');
    expect(body).toContain('<script>window.__pwned = "text"</script>');
    expect(body).toContain('evil"><b id="owned">');
  });
});

describe('renderHtml on thin reports', () => {
  it('renders one article with its warning and no findings', () => {
    const single = compareArticles([sampleArticles[0]!]);
    const dom = parseHTML(renderHtml(single)).document;
    expect(dom.querySelectorAll('.col').length).toBe(1);
    expect(dom.querySelector('.warnings')!.textContent).toContain(single.warnings[0]!.message);
    expect(dom.querySelectorAll('.finding').length).toBe(0);
    expect(dom.querySelector('#coverage th[scope="rowgroup"]')!.textContent).toMatch(/^Named in the article/);
  });

  it('shows a url as a link only when it is http or https', () => {
    const withUrls = compareArticles([
      { ...sampleArticles[0]!, url: 'https://news.example/story?a=1&b=2' },
      { ...sampleArticles[1]!, url: 'data:text/html,<b>x</b>' },
    ]);
    const dom = parseHTML(renderHtml(withUrls)).document;
    const links = [...dom.querySelectorAll('.col .url a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.example/story?a=1&b=2']);
    expect(dom.querySelector('#a1 .url code')!.textContent).toBe('data:text/html,<b>x</b>');
  });
});

describe('renderHtml of a claim check', () => {
  const claim = 'Trump said there is <b>communication</b> with Kim Jong-un';
  const checked = checkClaim(claim, [...sampleArticles, hostile]);
  const out = renderHtml(checked);
  const dom = parseHTML(out).document;

  it('shows the claim, the count of each stance and a card per article with its stance in words', () => {
    expect(dom.querySelector('.claim')!.textContent!.trim()).toBe(checked.claim.checkedText);
    expect(dom.querySelectorAll('.claim b').length).toBe(0);
    const summary = dom.querySelector('.summary')!.textContent!.replace(/\s+/g, ' ');
    for (const stance of ['supports', 'refutes', 'discusses', 'unrelated'] as const) expect(summary).toContain(`${stance[0]!.toUpperCase()}${stance.slice(1)} ${checked.summary[stance]}`);
    const cards = [...dom.querySelectorAll('#stances .stance')];
    expect(cards.length).toBe(checked.articles.length);
    checked.articles.forEach((a, i) => {
      const card = cards[i]!;
      expect(card.querySelector('h3')!.textContent).toBe(a.source);
      expect(card.classList.contains(`stance-${a.stance}`)).toBe(true);
      expect(card.querySelector('.verdict .tag')!.textContent!.toLowerCase()).toBe(a.stance);
      expect(card.querySelectorAll('meter').length).toBe(4);
      expect(card.querySelectorAll('.evidence li').length).toBe(a.evidence.length);
      for (const e of a.evidence) expect(card.textContent!.replace(/\s+/g, ' ')).toContain(e.text.replace(/\s+/g, ' '));
    });
    const cues = checked.articles.flatMap((a) => a.evidence).filter((e) => e.cue.text.length < e.text.length);
    expect(cues.length).toBeGreaterThan(0);
    expect(dom.querySelectorAll('.evidence mark.m-cue').length).toBe(cues.length);
  });

  it('escapes the claim and the articles as it does a comparison', () => {
    expect(dom.querySelectorAll('script').length).toBe(1);
    expect(dom.querySelectorAll('img, iframe, b').length).toBe(0);
    expect(dom.body.textContent).toContain('<script>window.__pwned = "source"</script>Evil Gazette');
    expect(out).toContain('&lt;b&gt;communication&lt;/b&gt;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

function anchorOf(statementId: string, r: ComparisonReport = report): string {
  const s = r.statements.find((x) => x.id === statementId)!;
  return `s${r.articles.findIndex((a) => a.id === s.articleId)}-${s.index}`;
}
