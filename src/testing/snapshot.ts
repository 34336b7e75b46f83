import type { ComparisonReport, Finding, ValueRef } from '../index.js';
import { compareStatementIds, isComparisonReport, statementsById, truncate } from './text.js';

export interface FormatReportOptions {
  /** List every statement of every article with its offsets. Default `true`. */
  statements?: boolean;
  /** Cut statement texts quoted in findings to this many characters. Default 80. */
  width?: number;
}

const KIND_ORDER: Record<Finding['kind'], number> = { divergence: 0, refinement: 1, agreement: 2, unique: 3 };
const ASPECT_ORDER = ['number', 'date', 'entity', 'quote', 'attribution', 'certainty', 'polarity'];

/**
 * A report as short, stable text, for snapshots and for reading:
 *
 * ```text
 * 2 articles, 10 statements, 4 facts (4 cross-source), 4 topics
 * 3 agreements, 0 refinements, 1 divergence, 2 unique, 0 quote variants
 * articles:
 *   wire "Wire" 2024-05-06
 *     wire#1 [34-151] The city of Portmere will close the Alder Street bridge for 14 days…
 * divergences:
 *   number: cms#1 "21" [89-91] ≠ wire#1 "14" [94-96]
 * agreements:
 *   cms#3 = wire#3 on number "$3.2 million": The repairs will cost $3.2 million, officials said.
 * unique:
 *   wire#4: About 12,000 cars cross the bridge every day.
 * ```
 *
 * It keeps what a comparison says (statements with offsets, findings with the values they cite,
 * quotation verdicts, warnings) and leaves out what moves when nothing changed for a reader: scores,
 * feature values, the numbering of findings, facts, topics and alignments. Findings are sorted by
 * kind, aspect and statement, so a new finding shows as one added line.
 */
export function formatReport(report: ComparisonReport, options: FormatReportOptions = {}): string {
  const width = options.width ?? 80;
  const statements = statementsById(report);
  const text = (id: string | undefined) => truncate(statements.get(id ?? '')?.text ?? '', width);
  const s = report.summary;
  const lines: string[] = [
    `${count(s.articles, 'article')}, ${count(s.statements, 'statement')}, ${count(s.facts, 'fact')} (${s.crossSourceFacts} cross-source), ${count(s.topics, 'topic')}`,
    `${count(s.agreements, 'agreement')}, ${count(s.refinements, 'refinement')}, ${count(s.divergences, 'divergence')}, ${s.unique} unique, ${count(s.quoteVariants, 'quote variant')}`,
  ];

  lines.push('articles:');
  for (const a of [...report.articles].sort((x, y) => cmp(x.id, y.id))) {
    const meta = [a.source !== a.id ? JSON.stringify(a.source) : '', a.publishedAt ?? 'undated', a.title ? `title ${JSON.stringify(a.title)}` : ''].filter(Boolean);
    lines.push(`  ${a.id} ${meta.join(' ')}${options.statements === false ? `, ${count(a.statementCount, 'statement')}` : ''}`);
    if (options.statements === false) continue;
    const own = report.statements.filter((st) => st.articleId === a.id).sort((x, y) => x.index - y.index);
    for (const st of own) lines.push(`    ${st.id} ${st.kind === 'body' ? '' : `(${st.kind}) `}[${st.start}-${st.end}] ${st.text.replace(/\s+/g, ' ')}`);
  }

  const findings = sortFindings(report.findings);
  const section = (title: string, kind: Finding['kind'], line: (f: Finding) => string) => {
    const chosen = findings.filter((f) => f.kind === kind);
    if (chosen.length) lines.push(`${title}:`, ...chosen.map((f) => `  ${line(f)}`));
  };
  section('divergences', 'divergence', (f) => findingLine(f, text));
  section('refinements', 'refinement', (f) => findingLine(f, text));
  section('agreements', 'agreement', (f) => findingLine(f, text));
  section('unique', 'unique', (f) => findingLine(f, text));

  const variants = report.quotes
    .flatMap((group) => group.comparisons.map((c) => ({ speaker: group.speaker, c: compareStatementIds(c.a.statementId, c.b.statementId) <= 0 ? c : { ...c, a: c.b, b: c.a } })))
    .sort((x, y) => cmp(x.speaker, y.speaker) || compareStatementIds(x.c.a.statementId, y.c.a.statementId) || compareStatementIds(x.c.b.statementId, y.c.b.statementId));
  if (variants.length) {
    lines.push('quotes:');
    for (const { speaker, c } of variants) lines.push(`  ${speaker}: ${c.a.statementId} [${c.a.start}-${c.a.end}] ~ ${c.b.statementId} [${c.b.start}-${c.b.end}] ${c.verdict}`);
  }

  const warnings = [...report.warnings].sort((x, y) => cmp(x.articleId ?? '', y.articleId ?? '') || cmp(x.code, y.code) || (x.start ?? -1) - (y.start ?? -1));
  if (warnings.length) {
    lines.push('warnings:');
    for (const w of warnings) lines.push(`  ${w.code}${w.articleId ? ` ${w.articleId}` : ''}${w.start !== undefined ? ` [${w.start}-${w.end ?? w.start}]` : ''}: ${w.message}`);
  }
  return lines.join('\n');
}

/** One finding as one line; `text` gives a statement's (cut) text when the finding has a report around it. */
function findingLine(finding: Finding, text?: (id: string | undefined) => string): string {
  const ids = [...finding.statementIds].sort(compareStatementIds);
  const quoted = (id: string | undefined) => {
    const t = text?.(id);
    return t ? `: ${t}` : '';
  };
  switch (finding.kind) {
    case 'divergence':
      return `${finding.aspect}: ${[...finding.values].sort(compareValues).map(value).join(' ≠ ')}`;
    case 'refinement':
      return `${finding.aspect}: ${value(finding.general)} → ${value(finding.specific)}`;
    case 'agreement': {
      const on = [...finding.agreements]
        .sort((x, y) => ASPECT_ORDER.indexOf(x.aspect) - ASPECT_ORDER.indexOf(y.aspect) || cmp(x.value, y.value))
        .map((a) => `${a.aspect} ${[...new Set([...a.values].sort(compareValues).map((v) => JSON.stringify(v.text)))].join(' = ')}`);
      return `${ids.join(' = ')}${on.length ? ` on ${on.join(', ')}` : ''}${quoted(ids[0])}`;
    }
    case 'unique':
      return `${ids.join(', ')}${quoted(ids[0])}`;
  }
}

/** A finding on its own (outside a report): its line and its message. */
export function formatFinding(finding: Finding): string {
  return `${finding.kind} ${findingLine(finding)}\n${finding.message}`;
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const aspectOf = (f: Finding) => ('aspect' in f ? ASPECT_ORDER.indexOf(f.aspect) : -1);
  const firstId = (f: Finding) => [...f.statementIds].sort(compareStatementIds)[0] ?? '';
  return [...findings].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      aspectOf(a) - aspectOf(b) ||
      compareStatementIds(firstId(a), firstId(b)) ||
      cmp(findingLine(a), findingLine(b)),
  );
}

const value = (v: ValueRef) => `${v.statementId} ${JSON.stringify(v.text)} [${v.start}-${v.end}]`;
const compareValues = (a: ValueRef, b: ValueRef) => compareStatementIds(a.statementId, b.statementId) || a.start - b.start;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// ---------------------------------------------------------------------------------------------
// Snapshot serializer (pretty-format plugin, as vitest and jest take it)

/** The part of pretty-format's config a serializer uses. */
interface PrettyFormatConfig {
  indent: string;
}

/** A pretty-format plugin, as `expect.addSnapshotSerializer` and `snapshotSerializers` take it. */
export interface SnapshotSerializer {
  test(value: unknown): boolean;
  serialize(value: unknown, config: PrettyFormatConfig, indentation: string, depth?: number, refs?: unknown, printer?: unknown): string;
}

export function isFinding(value: unknown): value is Finding {
  if (value === null || typeof value !== 'object') return false;
  const f = value as Partial<Finding>;
  return typeof f.kind === 'string' && f.kind in KIND_ORDER && typeof f.id === 'string' && typeof f.message === 'string' && Array.isArray(f.statementIds) && Array.isArray(f.articleIds);
}

/** A serializer that prints reports with `formatReport(report, options)` and findings with `formatFinding`. */
export function createCrossfactSerializer(options: FormatReportOptions = {}): SnapshotSerializer {
  return {
    test: (value) => isComparisonReport(value) || isFinding(value),
    serialize(value, config, indentation) {
      const [title, body] = isComparisonReport(value) ? ['ComparisonReport', formatReport(value, options)] : ['Finding', formatFinding(value as Finding)];
      const inner = indentation + (config?.indent ?? '  ');
      return `${title} {\n${body.split('\n').map((line) => inner + line).join('\n')}\n${indentation}}`;
    },
  };
}

/** Prints reports and findings in `toMatchSnapshot()` with `formatReport`: `expect.addSnapshotSerializer(crossfactSerializer)`. */
export const crossfactSerializer: SnapshotSerializer = createCrossfactSerializer();

