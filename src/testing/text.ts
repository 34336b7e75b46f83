import type { ComparisonReport, Finding, Statement, ValueRef } from '../index.js';

/** What a matcher looks for: a piece of text (case and spacing ignored) or a regular expression. */
export type About = string | RegExp;

/** Lower case, straight quotes and apostrophes, single spaces: how `about` strings are compared. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `about` occurs in one of `texts`. */
export function aboutMatches(about: About, texts: Iterable<string>): boolean {
  if (typeof about === 'string') {
    const needle = normalizeText(about);
    for (const text of texts) if (normalizeText(text).includes(needle)) return true;
    return false;
  }
  // A copy without the global and sticky flags: `test` must not depend on the last call.
  const pattern = new RegExp(about.source, about.flags.replace(/[gy]/g, ''));
  for (const text of texts) if (pattern.test(text)) return true;
  return false;
}

export function describeAbout(about: About): string {
  return typeof about === 'string' ? JSON.stringify(about) : String(about);
}

export function isAbout(value: unknown): value is About {
  return (typeof value === 'string' && value.trim() !== '') || value instanceof RegExp;
}

/** Cuts `text` to `max` characters, with an ellipsis where it was cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The words around a span of a statement: `…bridge for 14 days starting…`. */
export function snippet(statement: Statement, start: number, end: number, context = 30): string {
  const from = Math.max(0, start - statement.start);
  const to = Math.min(statement.text.length, end - statement.start);
  let left = statement.text.slice(0, from);
  let right = statement.text.slice(to);
  if (left.length > context) left = `…${left.slice(left.length - context).replace(/^\S*\s/, '')}`;
  if (right.length > context) right = `${right.slice(0, context).replace(/\s\S*$/, '')}…`;
  return `${left}${statement.text.slice(from, to)}${right}`.replace(/\s+/g, ' ');
}

/** Statements by id, built once per report. */
const statementIndex = new WeakMap<ComparisonReport, Map<string, Statement>>();

export function statementsById(report: ComparisonReport): Map<string, Statement> {
  let index = statementIndex.get(report);
  if (!index) {
    index = new Map(report.statements.map((s) => [s.id, s]));
    statementIndex.set(report, index);
  }
  return index;
}

/** Every value a finding cites. */
export function findingValues(finding: Finding): ValueRef[] {
  switch (finding.kind) {
    case 'divergence':
      return finding.values;
    case 'refinement':
      return [finding.general, finding.specific];
    case 'agreement':
      return finding.agreements.flatMap((a) => a.values);
    case 'unique':
      return [];
  }
}

/** The texts `about` is matched against: the finding's message, the statements it cites and the values it names. */
export function findingTexts(report: ComparisonReport, finding: Finding): string[] {
  const statements = statementsById(report);
  const texts = [finding.message];
  for (const id of finding.statementIds) {
    const statement = statements.get(id);
    if (statement) texts.push(statement.text);
  }
  for (const value of findingValues(finding)) texts.push(value.text, value.value);
  return texts;
}

/** Natural order of statement ids: article id, then index as a number. */
export function compareStatementIds(a: string, b: string): number {
  const [articleA = '', indexA = '0'] = splitStatementId(a);
  const [articleB = '', indexB = '0'] = splitStatementId(b);
  if (articleA !== articleB) return articleA < articleB ? -1 : 1;
  return Number(indexA) - Number(indexB);
}

function splitStatementId(id: string): [string, string] {
  const hash = id.lastIndexOf('#');
  return hash < 0 ? [id, '0'] : [id.slice(0, hash), id.slice(hash + 1)];
}

/** Whether a value has the shape of a `ComparisonReport`. */
export function isComparisonReport(value: unknown): value is ComparisonReport {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Partial<ComparisonReport>;
  return (
    r.schemaVersion === 1 &&
    Array.isArray(r.articles) &&
    Array.isArray(r.statements) &&
    Array.isArray(r.findings) &&
    Array.isArray(r.alignments) &&
    Array.isArray(r.facts) &&
    Array.isArray(r.quotes) &&
    Array.isArray(r.warnings) &&
    r.summary !== null &&
    typeof r.summary === 'object'
  );
}
