import type { ClaimCheckReport, ComparisonReport, DiffPart, Finding, Stance, ValueRef } from '../types.js';
import { plural } from './plural.js';

/**
 * Escapes text taken from articles so that Markdown shows it as written: no links, no HTML,
 * no emphasis, no table breaks. GitHub's autolinks are broken too: the ':' of '://', the '.' of
 * 'www.' and every '@' are backslash-escaped, so URLs and e-mail addresses stay text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}\[\]()#+\-!|~>@]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(?<![\p{L}\p{N}])(www)\./giu, '$1\\.')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/**
 * A code span showing `text` as written (an id): fenced with more backticks than any run in it,
 * padded when it starts or ends with one, on one line.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|[\r\n]/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(flat) || (/^ .*[^ ].* $/.test(flat)) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const quote = (text: string) => `“${escapeMarkdown(text)}”`;
const cite = (ids: readonly string[]) => ids.map(codeSpan).join(', ');

/**
 * A report a person can read in a terminal. A comparison: summary, divergences, agreements,
 * unique statements, coverage, quotes. A claim check: the claim, the tally, and per article its
 * stance with the statements it rests on.
 */
export function renderMarkdown(report: ComparisonReport | ClaimCheckReport): string {
  if ('kind' in report && report.kind === 'claim-check') return renderClaimCheck(report);
  return renderComparison(report as ComparisonReport);
}

const STANCE_LABEL: Record<Stance, string> = { supports: 'supports', refutes: 'refutes', discusses: 'discusses (reports without taking a side)', unrelated: 'is about something else' };

function renderClaimCheck(report: ClaimCheckReport): string {
  const out: string[] = [`# crossfact: claim checked against ${plural(report.summary.articles, 'article')}`, ''];
  out.push(`> ${escapeMarkdown(report.claim.checkedText)}`, '');
  const { supports, refutes, discusses, unrelated } = report.summary;
  out.push(`**${supports}** support, **${refutes}** refute, **${discusses}** discuss, **${unrelated}** unrelated.`);
  for (const warning of report.warnings) out.push('', `- warning: ${escapeMarkdown(warning.message)}`);
  for (const article of report.articles) {
    out.push('', `## ${escapeMarkdown(article.articleId)} (${escapeMarkdown(article.source)}): ${STANCE_LABEL[article.stance]}`, '');
    out.push(`confidence ${article.confidence.toFixed(2)}`);
    for (const evidence of article.evidence) {
      const cue = evidence.cue.kind === 'contradiction' ? `contradiction (${evidence.cue.aspect}) “${escapeMarkdown(evidence.cue.text)}”` : `${evidence.cue.kind} “${escapeMarkdown(evidence.cue.text)}”`;
      out.push(`- ${codeSpan(evidence.statementId)} ${quote(evidence.text)} \`${evidence.start}–${evidence.end}\` — ${cue}`);
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderComparison(report: ComparisonReport): string {
  const out: string[] = [];
  const statement = new Map(report.statements.map((s) => [s.id, s]));
  const { summary } = report;

  out.push(`# crossfact: ${plural(summary.articles, 'article')} compared`, '');
  out.push('| id | source | published | statements |', '| --- | --- | --- | --- |');
  for (const a of report.articles) out.push(`| ${escapeMarkdown(a.id)} | ${escapeMarkdown(a.source)} | ${a.publishedAt ? escapeMarkdown(a.publishedAt) : 'unknown'} | ${a.statementCount} |`);
  out.push('', '## Summary', '');
  out.push(`- ${plural(summary.statements, 'statement')}, ${plural(summary.facts, 'fact')} reported by two sources or more, ${plural(summary.topics, 'topic')}`);
  out.push(`- ${plural(summary.agreements, 'agreement')}, ${plural(summary.refinements, 'refinement')}, ${plural(summary.divergences, 'divergence')}, ${plural(summary.unique, 'statement')} only one source makes`);
  const aspects = Object.entries(summary.divergencesByAspect).filter(([, n]) => n > 0);
  if (aspects.length) out.push(`- divergences by aspect: ${aspects.map(([aspect, n]) => `${aspect} ${n}`).join(', ')}`);
  out.push(`- ${plural(summary.quoteVariants, 'quotation variant')}`);
  for (const warning of [...report.warnings, ...report.articles.flatMap((a) => a.warnings)]) out.push(`- warning${warning.articleId ? ` (${escapeMarkdown(warning.articleId)})` : ''}: ${escapeMarkdown(warning.message)}`);

  const divergences = report.findings.filter((f): f is Extract<Finding, { kind: 'divergence' }> => f.kind === 'divergence');
  out.push('', '## Divergences', '');
  if (!divergences.length) out.push('None found.');
  for (const f of divergences) {
    out.push(`- **${f.aspect}**: ${escapeMarkdown(f.message)} (${cite(f.statementIds)})`);
  }

  const refinements = report.findings.filter((f): f is Extract<Finding, { kind: 'refinement' }> => f.kind === 'refinement');
  out.push('', '## Refinements (one source more precise, no conflict)', '');
  if (!refinements.length) out.push('None found.');
  for (const f of refinements) out.push(`- **${f.aspect}**: ${valueText(f.specific)} is more precise than ${valueText(f.general)}`);

  const agreements = report.findings.filter((f): f is Extract<Finding, { kind: 'agreement' }> => f.kind === 'agreement');
  out.push('', '## Agreements', '');
  if (!agreements.length) out.push('None found.');
  for (const f of agreements) {
    const on = f.agreements.length ? ` — agree on ${f.agreements.map((a) => `${a.aspect} ${a.aspect === 'quote' ? quote(a.value) : escapeMarkdown(a.value)}`).join(', ')}` : '';
    out.push(`- ${f.articleIds.map(escapeMarkdown).join(' + ')}${on}`);
    for (const id of f.statementIds) out.push(`  - ${codeSpan(id)} ${quote(statement.get(id)!.text)}`);
  }

  out.push('', '## Only one source', '');
  for (const article of report.articles) {
    const unique = report.findings.filter((f) => f.kind === 'unique' && f.articleId === article.id);
    out.push(`### ${escapeMarkdown(article.id)} (${escapeMarkdown(article.source)}): ${unique.length}`, '');
    for (const f of unique) {
      const s = statement.get(f.statementIds[0]!)!;
      out.push(`- ${s.kind === 'body' ? '' : `_${s.kind}_ `}${quote(s.text)} \`${s.start}–${s.end}\``);
    }
    out.push('');
  }

  out.push('## Topics', '');
  for (const topic of report.topics.filter((t) => t.articleIds.length > 1)) {
    out.push(`- **${escapeMarkdown(topic.label)}** (${topic.articleIds.map(escapeMarkdown).join(', ')}; ${plural(topic.statementIds.length, 'statement')})`);
    const only = topic.onlyIn.map((o) => `${escapeMarkdown(report.entities.find((e) => e.id === o.entityId)?.name ?? o.entityId)} (${escapeMarkdown(o.articleId)})`);
    if (only.length) out.push(`  - named by one source only: ${only.join(', ')}`);
  }

  out.push('', '## Coverage: mentions per source', '');
  out.push(`| entity | type | ${report.coverage.articleIds.map(escapeMarkdown).join(' | ')} |`);
  out.push(`| --- | --- | ${report.coverage.articleIds.map(() => '---:').join(' | ')} |`);
  for (const row of report.coverage.rows) out.push(`| ${escapeMarkdown(row.name)} | ${row.type} | ${row.counts.map((n) => (n ? String(n) : '·')).join(' | ')} |`);

  out.push('', '## Quotations across sources', '');
  if (!report.quotes.length) out.push('No quotation appears in two sources.');
  for (const group of report.quotes) {
    out.push(`### ${escapeMarkdown(group.speaker)}`, '');
    for (const c of group.comparisons) {
      out.push(`- **${c.verdict}**: ${escapeMarkdown(c.a.articleId)} ${quote(c.a.text)} / ${escapeMarkdown(c.b.articleId)} ${quote(c.b.text)}`);
      if (c.verdict !== 'verbatim') out.push(`  - diff: ${renderDiff(c.diff)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function valueText(ref: ValueRef): string {
  return `${escapeMarkdown(ref.articleId)} ${quote(ref.text)} (${escapeMarkdown(ref.value)})`;
}

function renderDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? escapeMarkdown(p.text) : p.op === 'insert' ? `**+${escapeMarkdown(p.text.trim())}+**` : `~~${escapeMarkdown(p.text.trim())}~~`)).join('');
}
