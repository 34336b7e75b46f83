import { createHash } from 'node:crypto';
import type {
  ArticleStance,
  ArticleSummary,
  ClaimCheckReport,
  ClaimEvidence,
  ComparisonReport,
  CoverageRow,
  DiffPart,
  DivergenceFinding,
  Fact,
  Finding,
  QuoteComparison,
  RefinementFinding,
  Stance,
  Statement,
  ValueRef,
  Warning,
} from '../types.js';
import { plural } from './plural.js';

export interface HtmlOptions {
  /** The page title and main heading. Defaults to "crossfact: N articles compared". */
  title?: string;
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup built by the `html` tag: the only values that are inserted without escaping. */
class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

/** Template tag: every interpolated value is escaped unless it is itself markup made by this tag. */
function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += flatten(value) + strings[i + 1]!;
  });
  return new Html(out);
}

function flatten(value: Part): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(flatten).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

type Status = 'diverges' | 'agrees' | 'related' | 'unique' | 'single';

const STATUS_LABEL: Record<Status, string> = {
  diverges: 'Differs',
  agrees: 'Agrees',
  related: 'Related',
  unique: 'Only here',
  single: 'Not compared',
};

/** Number of fact colours; facts beyond it reuse them, and their "Fact N" label tells them apart. */
const FACT_COLOURS = 8;

/** What the renderer derives once from the report: anchors, fact numbers, statement status. */
class View {
  readonly statements = new Map<string, Statement>();
  readonly articleIndex = new Map<string, number>();
  readonly articles = new Map<string, ArticleSummary>();
  /** Facts that two sources or more report, numbered from 1 in report order. */
  readonly sharedFacts: Fact[];
  readonly factNumber = new Map<string, number>();
  readonly factsOf = new Map<string, Fact[]>();
  readonly divergencesOf = new Map<string, DivergenceFinding[]>();
  readonly refinementsOf = new Map<string, RefinementFinding[]>();
  readonly alignedWith = new Map<string, Set<string>>();
  readonly unique = new Set<string>();

  constructor(readonly report: ComparisonReport) {
    report.articles.forEach((a, i) => {
      this.articleIndex.set(a.id, i);
      this.articles.set(a.id, a);
    });
    for (const s of report.statements) this.statements.set(s.id, s);
    this.sharedFacts = report.facts.filter((f) => f.articleIds.length > 1);
    this.sharedFacts.forEach((fact, i) => {
      this.factNumber.set(fact.id, i + 1);
      for (const id of fact.statementIds) push(this.factsOf, id, fact);
    });
    for (const f of report.findings) {
      if (f.kind === 'divergence') for (const id of new Set([...f.statementIds, ...f.values.map((v) => v.statementId)])) push(this.divergencesOf, id, f);
      else if (f.kind === 'refinement') for (const id of f.statementIds) push(this.refinementsOf, id, f);
      else if (f.kind === 'unique') for (const id of f.statementIds) this.unique.add(id);
    }
    for (const a of report.alignments) {
      const [x, y] = a.statementIds;
      if (!this.alignedWith.has(x)) this.alignedWith.set(x, new Set());
      if (!this.alignedWith.has(y)) this.alignedWith.set(y, new Set());
      this.alignedWith.get(x)!.add(y);
      this.alignedWith.get(y)!.add(x);
    }
  }

  /** A statement's element id: built from positions, so no article id ever reaches an attribute. */
  anchor(statementId: string): string {
    const s = this.statements.get(statementId);
    return s ? `s${this.articleIndex.get(s.articleId)}-${s.index}` : 'articles';
  }

  status(id: string): Status {
    if (this.divergencesOf.has(id)) return 'diverges';
    if (this.factsOf.has(id)) return 'agrees';
    if (this.alignedWith.has(id)) return 'related';
    if (this.unique.has(id)) return 'unique';
    return 'single';
  }

  source(articleId: string): string {
    return this.articles.get(articleId)?.source ?? articleId;
  }

  /** A link that scrolls to and highlights statements; without script it still jumps to the first. */
  show(ids: readonly string[], label: Part, extra = ''): Html {
    const anchors = [...new Set(ids.map((id) => this.anchor(id)))];
    return html`<a class="show${extra}" href="#${anchors[0] ?? 'articles'}" data-show="${anchors.join(' ')}">${label}</a>`;
  }

  statementLabel(id: string): string {
    const s = this.statements.get(id);
    return s ? `${s.articleId} #${s.index}` : id;
  }

  factChip(fact: Fact): Html {
    const n = this.factNumber.get(fact.id)!;
    return this.show(fact.statementIds, html`Fact ${n}`, ` fact fc${(n - 1) % FACT_COLOURS}`);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The report as one self-contained HTML page. A comparison shows its findings first, the articles
 * side by side with each fact's statements sharing a colour band, the entity coverage matrix and
 * the quotation diffs; a claim check shows each article's stance and the statements it rests on.
 * Everything taken from the articles is escaped; the page loads nothing from elsewhere, and its
 * Content-Security-Policy lets only its own inline script run.
 */
export function renderHtml(report: ComparisonReport | ClaimCheckReport, options: HtmlOptions = {}): string {
  if ('kind' in report && report.kind === 'claim-check') return renderClaimCheck(report, options);
  return renderComparison(report as ComparisonReport, options);
}

function renderComparison(report: ComparisonReport, options: HtmlOptions): string {
  const view = new View(report);
  const title = options.title ?? `crossfact: ${plural(report.summary.articles, 'article')} compared`;
  return pageShell(
    title,
    'findings',
    html`${summaryLine(report)}
<nav aria-label="Sections"><ul>
<li><a href="#findings">Findings</a></li>
<li><a href="#facts">Shared facts</a></li>
<li><a href="#articles">Articles side by side</a></li>
<li><a href="#coverage">Coverage</a></li>
<li><a href="#topics">Topics</a></li>
<li><a href="#quotes">Quotations</a></li>
</ul></nav>
${legend()}`,
    html`${findingsSection(view)}
${factsSection(view)}
${articlesSection(view)}
${coverageSection(view)}
${topicsSection(view)}
${quotesSection(view)}`,
    `Made by crossfact (report schema ${report.schemaVersion}). Every statement keeps its offsets into the original text; the JSON report holds them all.`,
  );
}

/** The page around a report: head with the style and the policy, header, main, footer, script. */
function pageShell(title: string, first: string, header: Html, main: Html, footer: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="crossfact">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<a class="skip" href="#${first}">Skip to the ${first}</a>
<header class="page">
<h1>${title}</h1>
${header}
</header>
<main>
${main}
</main>
<footer class="page"><p>${footer}</p></footer>
<script>${new Html(SCRIPT)}</script>
</body>
</html>
`.value;
}

function summaryLine(report: ComparisonReport): Html {
  const s = report.summary;
  return html`<p class="summary">${plural(s.statements, 'statement')} · ${plural(s.crossSourceFacts, 'fact')} reported by two sources or more · <strong>${plural(s.divergences, 'divergence')}</strong> · ${plural(s.agreements, 'agreement')} · ${plural(s.refinements, 'refinement')} · ${plural(s.unique, 'statement')} only one source makes · ${plural(s.quoteVariants, 'quotation variant')}</p>`;
}

function legend(): Html {
  return html`<ul class="legend" aria-label="Legend">
<li><span class="tag tag-diverges">${STATUS_LABEL.diverges}</span> sources disagree</li>
<li><span class="tag tag-agrees">${STATUS_LABEL.agrees}</span> reported alike by another source</li>
<li><span class="tag tag-related">${STATUS_LABEL.related}</span> close to a statement of another source</li>
<li><span class="tag tag-unique">${STATUS_LABEL.unique}</span> only this source says it</li>
<li><span class="fact fc0">Fact N</span> statements of one fact share a colour band</li>
</ul>`;
}

function findingsSection(view: View): Html {
  const { report } = view;
  const divergences = report.findings.filter((f): f is DivergenceFinding => f.kind === 'divergence');
  const refinements = report.findings.filter((f): f is RefinementFinding => f.kind === 'refinement');
  const warnings = [...report.warnings, ...report.articles.flatMap((a) => a.warnings)];
  return html`<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Findings</h2>
${warnings.length ? warningList(warnings) : ''}
<h3 id="divergences">Divergences (${divergences.length})</h3>
${divergences.length ? html`<ol class="findings">${divergences.map((f, i) => divergenceCard(view, f, i))}</ol>` : html`<p>The sources do not contradict each other on any aligned fact.</p>`}
<h3 id="refinements">Refinements (${refinements.length})</h3>
${refinements.length ? html`<p class="hint">One source is more precise than another; the values do not conflict.</p><ul class="refinements">${refinements.map((f) => refinementItem(view, f))}</ul>` : html`<p>None found.</p>`}
<h3 id="only-one">Only one source (${report.summary.unique})</h3>
<ul class="unique-counts">${report.articles.map((a, i) => {
    const n = report.findings.filter((f) => f.kind === 'unique' && f.articleId === a.id).length;
    return html`<li><a href="#a${i}">${a.source}</a>: ${plural(n, 'statement')} no other source makes</li>`;
  })}</ul>
</section>`;
}

/** The warnings, the same one for several articles on one line naming them all. */
function warningList(warnings: readonly Warning[]): Html {
  const groups = new Map<string, string[]>();
  for (const w of warnings) {
    const ids = groups.get(w.message) ?? [];
    if (w.articleId && !ids.includes(w.articleId)) ids.push(w.articleId);
    groups.set(w.message, ids);
  }
  return html`<ul class="warnings" aria-label="Warnings">${[...groups].map(([message, ids]) => html`<li><span class="tag tag-warning">Warning</span> ${ids.length ? html`<strong>${ids.join(', ')}</strong>: ` : ''}${message}</li>`)}</ul>`;
}

function divergenceCard(view: View, f: DivergenceFinding, i: number): Html {
  const fact = view.sharedFacts.find((x) => x.id === f.factId);
  // "Reads as" only when it says more than the words themselves (hedged / asserted, a resolved date).
  const readings = f.values.some((v) => v.value !== v.text);
  return html`<li class="finding finding-diverges" id="d${i + 1}">
<p class="finding-head"><span class="tag tag-diverges">Divergence</span> <span class="aspect">${f.aspect}</span>${fact ? html` ${view.factChip(fact)}` : ''}</p>
<p class="message">${f.message}</p>
<table class="values">
<caption class="vh">Values per source</caption>
<thead><tr><th scope="col">Source</th><th scope="col">As written</th>${readings ? html`<th scope="col">Reads as</th>` : ''}</tr></thead>
<tbody>${f.values.map((v) => html`<tr><th scope="row">${view.show([v.statementId], view.statementLabel(v.statementId))}${view.source(v.articleId) !== v.articleId ? html`<span class="outlet">${view.source(v.articleId)}</span>` : ''}</th><td>“${v.text}”</td>${readings ? html`<td>${v.value}</td>` : ''}</tr>`)}</tbody>
</table>
<p>${view.show(f.statementIds, 'Show side by side in the articles', ' show-all')}</p>
</li>`;
}

function refinementItem(view: View, f: RefinementFinding): Html {
  const ref = (v: ValueRef) => html`${view.show([v.statementId], view.statementLabel(v.statementId))} “${v.text}” (${v.value})`;
  return html`<li><span class="tag tag-refines">Refinement</span> <span class="aspect">${f.aspect}</span>: ${ref(f.specific)} is more precise than ${ref(f.general)} · ${view.show(f.statementIds, 'show both')}</li>`;
}

/** The facts several sources report, one row each, the sources' statements in columns. */
function factsSection(view: View): Html {
  const { report } = view;
  const agreements = new Map(report.findings.filter((f): f is Extract<Finding, { kind: 'agreement' }> => f.kind === 'agreement').map((f) => [f.factId, f]));
  const divergences = report.findings.filter((f): f is DivergenceFinding => f.kind === 'divergence');
  if (!view.sharedFacts.length) {
    return html`<section id="facts" aria-labelledby="facts-h"><h2 id="facts-h">Shared facts</h2><p>No fact is reported by two sources.</p></section>`;
  }
  return html`<section id="facts" aria-labelledby="facts-h">
<h2 id="facts-h">Shared facts (${view.sharedFacts.length})</h2>
<p class="hint">Each row is one fact, with what each source says about it.</p>
<div class="scroll-x"><table class="facts">
<thead><tr><th scope="col">Fact</th>${report.articles.map((a) => html`<th scope="col">${a.source}</th>`)}</tr></thead>
<tbody>${view.sharedFacts.map((fact) => {
    const diverging = divergences.filter((d) => d.factId === fact.id);
    const agreement = agreements.get(fact.id);
    const agreed = agreement?.agreements.map((a) => `${a.aspect} ${a.value}`) ?? [];
    return html`<tr>
<th scope="row">${view.factChip(fact)}
${diverging.length ? html`<span class="tag tag-diverges">Differs</span> <span class="aspect">${[...new Set(diverging.map((d) => d.aspect))].join(', ')}</span>` : html`<span class="tag tag-agrees">Agrees</span>`}
${agreed.length ? html`<span class="agreed">agree on ${agreed.join('; ')}</span>` : ''}</th>
${report.articles.map((a) => {
      const ids = fact.statementIds.filter((id) => view.statements.get(id)?.articleId === a.id);
      return html`<td data-label="${a.source}">${ids.length ? ids.map((id) => html`<p>${view.show([id], view.statementLabel(id))} ${markedText(view, view.statements.get(id)!)}</p>`) : html`<span class="none">not reported</span>`}</td>`;
    })}
</tr>`;
  })}</tbody>
</table></div>
</section>`;
}

function articlesSection(view: View): Html {
  const { report } = view;
  return html`<section id="articles" aria-labelledby="articles-h">
<h2 id="articles-h">Articles side by side</h2>
<p class="hint">Statements in reading order. Select a fact or a divergence to line its statements up.</p>
<div class="columns">${report.articles.map((article, i) => column(view, article, i))}</div>
</section>`;
}

function column(view: View, article: ArticleSummary, i: number): Html {
  const statements = view.report.statements.filter((s) => s.articleId === article.id).sort((a, b) => a.index - b.index);
  const counts = new Map<Status, number>();
  for (const s of statements) counts.set(view.status(s.id), (counts.get(view.status(s.id)) ?? 0) + 1);
  const tally = (['diverges', 'agrees', 'related', 'unique'] as const).filter((k) => counts.get(k)).map((k) => `${counts.get(k)} ${STATUS_LABEL[k].toLowerCase()}`);
  return html`<article class="col" id="a${i}" aria-labelledby="a${i}-h">
<header>
<h3 id="a${i}-h">${article.source}</h3>
<p class="meta">${article.source !== article.id ? html`<code>${article.id}</code> · ` : ''}${article.publishedAt ? html`<time datetime="${article.publishedAt}">${displayDate(article.publishedAt)}</time>` : 'date unknown'}</p>
${article.title ? html`<p class="title">${article.title}</p>` : ''}
${article.url ? html`<p class="url">${safeLink(article.url)}</p>` : ''}
<p class="meta">${plural(statements.length, 'statement')}${tally.length ? `: ${tally.join(', ')}` : ''}${article.removed.length ? ` · ${plural(article.removed.length, 'passage')} of page furniture left out` : ''}</p>
</header>
<ol class="statements">${statements.map((s) => statementItem(view, s))}</ol>
</article>`;
}

function statementItem(view: View, s: Statement): Html {
  const status = view.status(s.id);
  const facts = view.factsOf.get(s.id) ?? [];
  const band = facts.length ? ` fc${(view.factNumber.get(facts[0]!.id)! - 1) % FACT_COLOURS}` : '';
  const sameFact = [...new Set(facts.flatMap((f) => f.statementIds))].filter((id) => id !== s.id);
  const differs = (view.divergencesOf.get(s.id) ?? []).flatMap((d) => d.statementIds.filter((id) => id !== s.id).map((id) => ({ id, aspect: d.aspect })));
  const related = [...(view.alignedWith.get(s.id) ?? [])].filter((id) => !sameFact.includes(id)).sort();
  const link = (id: string) => view.show([id, s.id], view.statementLabel(id));
  const notes: Html[] = [];
  if (differs.length) notes.push(html`<li>Differs from ${differs.map((d, i) => html`${i ? ', ' : ''}${link(d.id)} on ${d.aspect}`)}</li>`);
  if (sameFact.length) notes.push(html`<li>Same fact: ${sameFact.map((id, i) => html`${i ? ', ' : ''}${link(id)}`)}</li>`);
  if (related.length) notes.push(html`<li>Related: ${related.map((id, i) => html`${i ? ', ' : ''}${link(id)}`)}</li>`);
  return html`<li class="st st-${status} kind-${s.kind}${band}" id="${view.anchor(s.id)}" tabindex="-1">
<p class="st-head"><span class="tag tag-${status}">${STATUS_LABEL[status]}</span>${facts.map((f) => html` ${view.factChip(f)}`)}${s.kind !== 'body' ? html` <span class="kind">${s.kind}</span>` : ''} <span class="st-no">#${s.index}</span></p>
<p class="st-text">${markedText(view, s)}</p>
${notes.length ? html`<ul class="st-links">${notes}</ul>` : ''}
</li>`;
}

/** The statement's text with the values its divergences and refinements cite marked. */
function markedText(view: View, s: Statement): Html {
  const marks: Mark[] = [];
  for (const d of view.divergencesOf.get(s.id) ?? []) for (const v of d.values) if (v.statementId === s.id) marks.push({ ...v, cls: 'm-diverges', label: `differs on ${d.aspect}` });
  for (const r of view.refinementsOf.get(s.id) ?? []) for (const v of [r.general, r.specific]) if (v.statementId === s.id) marks.push({ ...v, cls: 'm-refines', label: `${r.aspect}: ${v === r.specific ? 'more precise' : 'less precise'}` });
  return withMarks(s, marks);
}

/** Words to mark in a statement: `start` is their offset in the original text. */
interface Mark {
  text: string;
  start: number;
  cls: string;
  label: string;
}

/**
 * A statement's text with some of its words marked. Statement text has its white space folded,
 * so each mark is looked up in it near its original offset; a mark covering the whole statement
 * is left out.
 */
function withMarks(statement: { text: string; start: number }, marks: readonly Mark[]): Html {
  const { text } = statement;
  const spans: Array<{ start: number; end: number; cls: string; label: string }> = [];
  for (const mark of marks) {
    const needle = mark.text.replace(/\s+/g, ' ').trim();
    if (!needle || needle.length >= text.length) continue;
    const expected = mark.start - statement.start;
    let best = -1;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    }
    if (best === -1) continue;
    const span = { start: best, end: best + needle.length, cls: mark.cls, label: mark.label };
    if (!spans.some((o) => o.start < span.end && span.start < o.end)) spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: Part[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), html`<mark class="${span.cls}" title="${span.label}">${text.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

function coverageSection(view: View): Html {
  const { report } = view;
  const { articleIds, rows } = report.coverage;
  const total = articleIds.length;
  const max = Math.max(1, ...rows.flatMap((r) => r.counts));
  const groups: Array<{ label: string; rows: CoverageRow[] }> = [
    { label: total === 1 ? 'Named in the article' : `Named by all ${total} sources`, rows: rows.filter((r) => named(r) === total) },
    { label: 'Named by some sources', rows: rows.filter((r) => named(r) > 1 && named(r) < total) },
    { label: 'Named by one source only', rows: rows.filter((r) => named(r) === 1 && total > 1) },
  ].filter((g) => g.rows.length);
  const cell = (n: number, articleId: string) => {
    const level = n === 0 ? 0 : Math.max(1, Math.ceil(4 * Math.sqrt(n / max)));
    return html`<td class="n n${level}" data-article="${articleId}">${n}</td>`;
  };
  const namedBy = (row: CoverageRow) => {
    const ids = articleIds.filter((_, i) => row.counts[i]! > 0);
    return ids.length === total ? (total === 1 ? ids[0]! : `all ${total}`) : ids.length === 1 ? `only ${ids[0]}` : `${ids.length} of ${total}: ${ids.join(', ')}`;
  };
  return html`<section id="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">Coverage: who names whom</h2>
<p class="hint">Mentions of each person, place and organisation per source; the darker the cell, the more mentions.</p>
<div class="scroll-x"><table class="coverage">
<thead><tr><th scope="col">Entity</th><th scope="col" class="type">Type</th>${articleIds.map((id) => html`<th scope="col" class="num" title="${view.source(id)}">${id}</th>`)}<th scope="col" class="named-by">Named by</th></tr></thead>
${groups.map((g) => html`<tbody>
<tr class="group"><th scope="rowgroup" colspan="${articleIds.length + 3}">${g.label} (${g.rows.length})</th></tr>
${g.rows.map((row) => html`<tr data-entity="${row.entityId}"><th scope="row">${row.name}</th><td class="type">${row.type}</td>${row.counts.map((n, i) => cell(n, articleIds[i]!))}<td class="named-by">${namedBy(row)}</td></tr>`)}
</tbody>`)}
</table></div>
</section>`;
}

const named = (row: CoverageRow) => row.counts.filter((n) => n > 0).length;

function topicsSection(view: View): Html {
  const { report } = view;
  const topics = report.topics.filter((t) => t.articleIds.length > 1);
  const name = (id: string) => report.entities.find((e) => e.id === id)?.name ?? id;
  return html`<section id="topics" aria-labelledby="topics-h">
<h2 id="topics-h">Topics covered by several sources (${topics.length})</h2>
${topics.length ? html`<ul class="topics">${topics.map((t) => {
    const everyone = Object.values(t.entitiesByArticle).reduce<string[] | null>((acc, ids) => (acc === null ? [...ids] : acc.filter((id) => ids.includes(id))), null) ?? [];
    return html`<li><p><strong>${t.label}</strong> · ${t.articleIds.join(', ')} · ${view.show(t.statementIds, plural(t.statementIds.length, 'statement'))}</p>
${everyone.length && t.articleIds.length === Object.keys(t.entitiesByArticle).length ? html`<p>Named by each: ${everyone.map(name).join(', ')}</p>` : ''}
${t.onlyIn.length ? html`<p>Named by one source only: ${t.onlyIn.map((o, i) => html`${i ? ', ' : ''}${view.show(o.statementIds, name(o.entityId))} (${o.articleId})`)}</p>` : ''}</li>`;
  })}</ul>` : html`<p>No topic is covered by two sources.</p>`}
</section>`;
}

function quotesSection(view: View): Html {
  const { report } = view;
  return html`<section id="quotes" aria-labelledby="quotes-h">
<h2 id="quotes-h">Quotations across sources</h2>
${report.quotes.length ? html`<p class="hint">${plural(report.summary.quoteVariants, 'variant')} (trimmed or altered) of a quotation another source also gives. Each diff reads from the first source to the second: <del>struck through</del> only in the first, <ins>underlined</ins> only in the second.</p>
${report.quotes.map((g) => html`<h3>${g.speaker}</h3><ul class="quotes">${g.comparisons.map((c) => quoteItem(view, c))}</ul>`)}` : html`<p>No quotation appears in two sources.</p>`}
</section>`;
}

function quoteItem(view: View, c: QuoteComparison): Html {
  return html`<li class="quote verdict-${c.verdict}"><p><span class="tag tag-verdict-${c.verdict}">${c.verdict}</span> ${view.show([c.a.statementId], view.statementLabel(c.a.statementId))} → ${view.show([c.b.statementId], view.statementLabel(c.b.statementId))} · ${Math.round(c.similarity * 100)}% alike · ${view.show([c.a.statementId, c.b.statementId], 'show both')}</p>
<p class="diff">“${diffMarkup(c.diff)}”</p></li>`;
}

function diffMarkup(parts: readonly DiffPart[]): Html {
  return html`${parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? html`<del>${p.text}</del>` : html`<ins>${p.text}</ins>`))}`;
}

const STANCES: readonly Stance[] = ['supports', 'refutes', 'discusses', 'unrelated'];
const STANCE_LABEL: Record<Stance, string> = { supports: 'Supports', refutes: 'Refutes', discusses: 'Discusses', unrelated: 'Unrelated' };
const STANCE_HINT: Record<Stance, string> = {
  supports: 'says the claim is true',
  refutes: 'says the claim is false',
  discusses: 'reports on it without taking a side',
  unrelated: 'is about something else',
};
const CUE_LABEL: Record<ClaimEvidence['cue']['kind'], string> = { agreement: 'Says the same', refutation: 'Refutes', contradiction: 'Contradicts', hedge: 'Hedges' };

/** A claim check: the claim, then a card per article with its stance, probabilities and evidence. */
function renderClaimCheck(report: ClaimCheckReport, options: HtmlOptions): string {
  const title = options.title ?? `crossfact: claim checked against ${plural(report.summary.articles, 'article')}`;
  const warnings = [...report.warnings, ...report.articles.flatMap((a) => a.warnings)];
  return pageShell(
    title,
    'stances',
    html`<blockquote class="claim"><p>${report.claim.checkedText}</p></blockquote>
${report.claim.checkedText !== report.claim.text ? html`<p class="hint">Only the claim's first sentences were checked. As given: “${report.claim.text}”</p>` : ''}
<p class="summary">${STANCES.map((stance, i) => html`${i ? ' · ' : ''}<span class="tag tag-${stance}">${STANCE_LABEL[stance]}</span> ${report.summary[stance]}`)}</p>
<ul class="legend" aria-label="Legend">${STANCES.map((stance) => html`<li><span class="tag tag-${stance}">${STANCE_LABEL[stance]}</span> the article ${STANCE_HINT[stance]}</li>`)}</ul>`,
    html`<section id="stances" aria-labelledby="stances-h">
<h2 id="stances-h">Where each article stands</h2>
${warnings.length ? warningList(warnings) : ''}
<div class="stances">${report.articles.map((a, i) => stanceCard(a, i))}</div>
</section>`,
    `Made by crossfact (claim check, schema ${report.schemaVersion}). A stance is a model's reading of the article, given with its probabilities; the evidence shows the statements it rests on.`,
  );
}

function stanceCard(a: ArticleStance, i: number): Html {
  const percent = (p: number) => `${Math.round(p * 100)}%`;
  return html`<article class="stance stance-${a.stance}" id="c${i}" aria-labelledby="c${i}-h">
<header>
<h3 id="c${i}-h">${a.source}</h3>
<p class="meta"><code>${a.articleId}</code></p>
<p class="verdict"><span class="tag tag-${a.stance}">${STANCE_LABEL[a.stance]}</span> ${percent(a.confidence)}: the article ${STANCE_HINT[a.stance]}</p>
</header>
<table class="probabilities">
<caption class="vh">Probability of each stance</caption>
<tbody>${STANCES.map((stance) => html`<tr><th scope="row">${STANCE_LABEL[stance]}</th><td><meter min="0" max="1" value="${a.probabilities[stance]}">${percent(a.probabilities[stance])}</meter></td><td class="num">${percent(a.probabilities[stance])}</td></tr>`)}</tbody>
</table>
<h4>Evidence</h4>
${a.evidence.length ? html`<ol class="evidence">${a.evidence.map((e) => evidenceItem(e))}</ol>` : html`<p class="none">No statement close enough to the claim.</p>`}
</article>`;
}

function evidenceItem(e: ClaimEvidence): Html {
  const label = `${CUE_LABEL[e.cue.kind]}${e.cue.kind === 'contradiction' ? ` (${e.cue.aspect})` : ''}`;
  const number = e.statementId.slice(e.statementId.lastIndexOf('#'));
  return html`<li class="st">
<p class="st-head"><span class="tag tag-cue-${e.cue.kind}">${label}</span> <span class="st-no">${number}</span> · ${e.relation} · ${Math.round(e.score * 100)}% close to the claim</p>
<p class="st-text">${withMarks(e, [{ text: e.cue.text, start: e.cue.start, cls: 'm-cue', label }])}</p>
</li>`;
}

/** `2025-04-01T17:13:00+09:00` → `2025-04-01 17:13 +09:00`; other values as given. */
function displayDate(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return value;
  return `${m[1]} ${m[2]}${m[3] ? ` ${m[3] === 'Z' ? 'UTC' : m[3]}` : ''}`;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
function safeLink(url: string): Html {
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(url).protocol) && /^https?:\/\//i.test(url.trim());
  } catch {
    ok = false;
  }
  return ok ? html`<a href="${url.trim()}" rel="noopener noreferrer">${url}</a>` : html`<code>${url}</code>`;
}

const SCRIPT = `(function () {
  var HL = 'is-hl';
  function show(ids) {
    var old = document.querySelectorAll('.' + HL);
    for (var i = 0; i < old.length; i++) old[i].classList.remove(HL);
    var els = [];
    ids.forEach(function (id) { var el = document.getElementById(id); if (el) els.push(el); });
    if (!els.length) return;
    els.forEach(function (el) { el.classList.add(HL); });
    var first = els[0], seen = [];
    var col = first.closest('.col');
    var inner = col && getComputedStyle(col).overflowY !== 'visible';
    if (inner) {
      document.getElementById('articles').scrollIntoView({ block: 'start' });
      els.forEach(function (el) {
        var c = el.closest('.col');
        if (!c || seen.indexOf(c) !== -1) return;
        seen.push(c);
        var head = c.querySelector('header');
        c.scrollTop = el.offsetTop - (head ? head.offsetHeight : 0) - 12;
      });
    } else {
      first.scrollIntoView({ block: 'center' });
    }
    first.focus({ preventScroll: true });
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-show]');
    if (!link) return;
    event.preventDefault();
    history.replaceState(null, '', link.getAttribute('href'));
    show(link.getAttribute('data-show').split(' '));
  });
  if (/^#s\\d+-\\d+$/.test(location.hash)) show([location.hash.slice(1)]);
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

const STYLE = `
:root { --fg: #1d2939; --muted: #667085; --line: #d0d5dd; --page: #f5f6f8; --card: #fff;
  --div: #b42318; --div-bg: #fef3f2; --agr: #067647; --agr-bg: #ecfdf3; --rel: #5925dc; --rel-bg: #f4f3ff;
  --ref: #175cd3; --ref-bg: #eff8ff; --hl: #f79009;
  --f0: #7aa6dc; --f1: #f5a650; --f2: #5fc2b4; --f3: #e8c547; --f4: #b98bd0; --f5: #f28ca4; --f6: #b88f6e; --f7: #86c576; }
* { box-sizing: border-box; }
html { scroll-behavior: auto; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--page); overflow-wrap: anywhere; }
a { color: #1849a9; }
a:focus-visible, .st:focus { outline: 3px solid var(--hl); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.page, main, footer.page { padding: 0 1.5rem; }
header.page { background: var(--card); border-bottom: 1px solid var(--line); padding-top: .75rem; padding-bottom: .75rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.summary { margin: 0 0 .5rem; }
nav ul, .legend { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.legend { font-size: .85rem; color: var(--muted); }
.hint { color: var(--muted); margin-top: 0; }
.tag { display: inline-block; font-size: .75rem; font-weight: 600; line-height: 1.4; padding: 0 .45rem; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.tag-diverges { color: var(--div); background: var(--div-bg); }
.tag-agrees { color: var(--agr); background: var(--agr-bg); }
.tag-related { color: var(--rel); background: var(--rel-bg); }
.tag-refines { color: var(--ref); background: var(--ref-bg); }
.tag-unique, .tag-single { color: var(--muted); background: #f2f4f7; }
.tag-warning { color: #93370d; background: #fffaeb; }
.tag-verdict-verbatim { color: var(--agr); background: var(--agr-bg); }
.tag-verdict-trimmed { color: var(--ref); background: var(--ref-bg); }
.tag-verdict-altered { color: var(--div); background: var(--div-bg); }
.aspect { font-weight: 600; font-variant: small-caps; letter-spacing: .02em; }
.fact { display: inline-block; font-size: .75rem; font-weight: 600; color: #101828; text-decoration: none; padding: 0 .4rem; border-radius: 4px; background: var(--band); }
a.fact:hover { text-decoration: underline; }
.fc0 { --band: var(--f0); } .fc1 { --band: var(--f1); } .fc2 { --band: var(--f2); } .fc3 { --band: var(--f3); }
.fc4 { --band: var(--f4); } .fc5 { --band: var(--f5); } .fc6 { --band: var(--f6); } .fc7 { --band: var(--f7); }
.findings, .refinements, .warnings, .unique-counts, .topics, .quotes { padding-left: 0; list-style: none; }
.findings { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 32rem), 1fr)); gap: .75rem; margin: .5rem 0; }
.finding { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--div); border-radius: 6px; padding: .4rem .8rem; }
.finding p { margin: .3rem 0; }
.values { border-collapse: collapse; width: 100%; font-size: .9rem; }
.values th[scope="row"] { width: 1%; white-space: nowrap; }
.values td { overflow-wrap: anywhere; }
.values th, .values td { text-align: left; vertical-align: top; border-top: 1px solid var(--line); padding: .3rem .5rem .3rem 0; }
.values thead th { border-top: 0; color: var(--muted); font-weight: 600; }
.values .outlet { display: block; color: var(--muted); font-weight: normal; font-size: .8rem; }
.refinements li, .unique-counts li, .warnings li { margin: .3rem 0; }
.scroll-x { overflow-x: auto; }
table.facts { border-collapse: separate; border-spacing: 0; width: 100%; background: var(--card); border: 1px solid var(--line); border-radius: 6px; font-size: .9rem; }
table.facts th, table.facts td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
table.facts thead th { background: #f9fafb; }
table.facts tbody th { width: 9rem; font-weight: normal; }
table.facts tbody th > * { margin: 0 .2rem .2rem 0; }
table.facts td p { margin: 0 0 .4rem; }
.agreed { display: block; font-size: .8rem; color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(17rem, 1fr); gap: 1rem; overflow-x: auto; padding-bottom: .5rem; }
.col { position: relative; background: var(--card); border: 1px solid var(--line); border-radius: 8px; max-height: 85vh; overflow-y: auto; }
.col > header { position: sticky; top: 0; z-index: 1; background: var(--card); border-bottom: 1px solid var(--line); padding: .6rem .9rem; }
.col h3 { margin: 0; }
.col .meta, .col .title, .col .url { margin: .15rem 0; font-size: .85rem; }
.col .meta { color: var(--muted); }
.col .title { font-weight: 600; }
.statements { list-style: none; margin: 0; padding: .4rem .6rem .8rem; }
.st { border-left: 6px solid transparent; border-radius: 4px; padding: .35rem .6rem; margin: .45rem 0; }
.st[class*=" fc"] { border-left-color: var(--band); }
.st p { margin: 0; }
.st-head { font-size: .8rem; margin-bottom: .15rem !important; }
.st-no, .kind { color: var(--muted); font-size: .75rem; }
.kind { font-style: italic; }
.st-diverges { background: var(--div-bg); }
.st-agrees { background: var(--agr-bg); }
.st-related { background: var(--rel-bg); }
.st-unique, .st-single { color: #475467; }
.st-unique .st-text, .st-single .st-text { color: var(--muted); }
.kind-headline .st-text { font-weight: 700; font-size: 1.05rem; }
.kind-caption .st-text { font-style: italic; }
.st-links { list-style: none; padding: 0; margin: .2rem 0 0; font-size: .8rem; }
.st.is-hl, .st:target { outline: 3px solid var(--hl); outline-offset: 1px; box-shadow: 0 0 0 6px rgba(247, 144, 9, .25); }
mark { border-radius: 2px; padding: 0 1px; }
.m-diverges { background: #fecdca; color: inherit; text-decoration: underline wavy var(--div); text-underline-offset: 3px; }
.m-refines { background: #d1e9ff; color: inherit; }
table.coverage { border-collapse: collapse; background: var(--card); font-size: .85rem; overflow-wrap: normal; }
table.coverage th, table.coverage td { padding: .15rem .6rem; border-bottom: 1px solid #eaecf0; text-align: left; }
table.coverage thead th { border-bottom: 2px solid var(--line); }
table.coverage .num, table.coverage td.n { text-align: right; font-variant-numeric: tabular-nums; min-width: 3.5rem; }
table.coverage tr.group th { background: #f2f4f7; font-weight: 600; padding-top: .35rem; }
table.coverage .type, table.coverage .named-by { color: var(--muted); }
td.n0 { color: #b0b7c3; }
td.n1 { background: #d6e4f5; } td.n2 { background: #a9c6ea; } td.n3 { background: #6f9fd8; }
td.n4 { background: #2f6cb5; color: #fff; }
.topics li { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; margin: .5rem 0; max-width: 72rem; }
.topics p { margin: .2rem 0; }
.quote { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; margin: .5rem 0; max-width: 72rem; }
.quote p { margin: .2rem 0; }
del { color: var(--div); background: var(--div-bg); }
ins { color: var(--agr); background: var(--agr-bg); text-decoration: underline; }
.tag-supports, .tag-cue-agreement { color: var(--agr); background: var(--agr-bg); }
.tag-refutes, .tag-cue-refutation, .tag-cue-contradiction { color: var(--div); background: var(--div-bg); }
.tag-discusses, .tag-cue-hedge { color: var(--ref); background: var(--ref-bg); }
.tag-unrelated { color: var(--muted); background: #f2f4f7; }
.claim { margin: .5rem 0; padding: .5rem 1rem; border-left: 6px solid var(--line); background: var(--page); font-size: 1.15rem; max-width: 60rem; }
.claim p { margin: 0; }
.stances { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 1rem; align-items: start; }
.stance { background: var(--card); border: 1px solid var(--line); border-top: 6px solid var(--line); border-radius: 8px; padding: .6rem .9rem; }
.stance-supports { border-top-color: var(--agr); } .stance-refutes { border-top-color: var(--div); }
.stance-discusses { border-top-color: var(--ref); } .stance-unrelated { border-top-color: #98a2b3; }
.stance h3 { margin: 0; } .stance h4 { margin: .6rem 0 .2rem; font-size: .9rem; }
.stance .meta { margin: .1rem 0; color: var(--muted); font-size: .85rem; }
.verdict { margin: .3rem 0; }
.probabilities { border-collapse: collapse; font-size: .85rem; width: 100%; }
.probabilities th { text-align: left; font-weight: normal; width: 6rem; padding: 0 .4rem 0 0; }
.probabilities td { padding: 0 .2rem; } .probabilities meter { width: 100%; }
.probabilities .num { text-align: right; width: 3rem; font-variant-numeric: tabular-nums; }
.evidence { list-style: none; padding: 0; margin: 0; }
.evidence .st { background: var(--page); }
.m-cue { background: #fef0c7; color: inherit; }
footer.page { color: var(--muted); font-size: .85rem; padding-top: 1rem; padding-bottom: 2rem; }
@media (max-width: 700px) {
  header.page, main, footer.page { padding-left: .75rem; padding-right: .75rem; }
  .columns { display: block; overflow: visible; }
  .col { max-height: none; overflow: visible; margin-bottom: 1rem; }
  table.facts, table.facts tbody, table.facts tr, table.facts th, table.facts td { display: block; width: auto; }
  table.facts thead { display: none; }
  table.facts tr { border-bottom: 2px solid var(--line); }
  table.facts tbody th { width: auto; border-bottom: 0; }
  table.facts td::before { content: attr(data-label); display: block; font-weight: 600; font-size: .8rem; color: var(--muted); }
  table.coverage .type, table.coverage .named-by { display: none; }
  table.coverage th, table.coverage td { padding: .15rem .4rem; }
  table.coverage .num, table.coverage td.n { min-width: 2.5rem; }
  .values thead { display: none; }
  .values tr { display: block; border-top: 1px solid var(--line); padding: .2rem 0; }
  .values th, .values td { display: block; border: 0; padding: .1rem 0; }
  .values th[scope="row"] { width: auto; white-space: normal; }
}
@media print { .col { max-height: none; overflow: visible; } .columns { display: block; } }
`;
