import type { ComparisonReport, Finding, Statement, ValueRef } from '../index.js';
import { statementsById, snippet, truncate } from './text.js';

/** How many findings a failure message lists before it says "… and N more". */
export const MAX_LISTED = 5;

/** `wire#1 [94-96] "14" in "…bridge for 14 days starting on…"` */
export function formatValue(report: ComparisonReport, value: ValueRef): string {
  const statement = statementsById(report).get(value.statementId);
  const where = `${value.statementId} [${value.start}-${value.end}] ${JSON.stringify(value.text)}`;
  return statement ? `${where} in "${snippet(statement, value.start, value.end)}"` : where;
}

/** `wire#4 [312-357] "About 12,000 cars cross the bridge every day."` */
export function formatStatement(statement: Statement, max = 100): string {
  return `${statement.id} [${statement.start}-${statement.end}] "${truncate(statement.text, max)}"`;
}

/** A finding in a few lines: its kind, aspect, articles and message, then what it cites with offsets. */
export function formatFinding(report: ComparisonReport, finding: Finding): string[] {
  const statements = statementsById(report);
  const articles = finding.articleIds.join(', ');
  const cited = (ids: string[]) =>
    ids.map((id) => statements.get(id)).filter((s): s is Statement => s !== undefined).map((s) => `    ${formatStatement(s)}`);
  switch (finding.kind) {
    case 'divergence':
      return [`  ${finding.id} divergence (${finding.aspect}) between ${articles}: ${finding.message}`, ...finding.values.map((v) => `    ${formatValue(report, v)}`)];
    case 'refinement':
      return [
        `  ${finding.id} refinement (${finding.aspect}) between ${articles}: ${finding.message}`,
        `    general:  ${formatValue(report, finding.general)}`,
        `    specific: ${formatValue(report, finding.specific)}`,
      ];
    case 'agreement': {
      const on = finding.agreements.map((a) => `${a.aspect} ${JSON.stringify(a.values[0]?.text ?? a.value)}`);
      return [`  ${finding.id} agreement between ${articles}${on.length ? ` on ${on.join(', ')}` : ''}`, ...cited(finding.statementIds)];
    }
    case 'unique':
      return [`  ${finding.id} unique to ${finding.articleId}`, ...cited(finding.statementIds)];
  }
}

/** Lists findings, at most `MAX_LISTED` of them. */
export function formatFindings(report: ComparisonReport, findings: Finding[], max = MAX_LISTED): string {
  const lines = findings.slice(0, max).flatMap((f) => formatFinding(report, f));
  if (findings.length > max) lines.push(`  … and ${findings.length - max} more`);
  return lines.join('\n');
}

/** `2 findings` / `1 finding` */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
