import {
  compareArticles,
  type Agreement,
  type ArticleInput,
  type Aspect,
  type ComparisonReport,
  type DivergenceFinding,
  type Finding,
  type Statement,
  type ValueRef,
} from '../index.js';
import { article } from './fixtures.js';
import { count, formatFindings, formatStatement, formatValue, MAX_LISTED } from './format.js';
import { aboutMatches, describeAbout, findingTexts, isAbout, isComparisonReport, normalizeText, statementsById, type About } from './text.js';

/** The aspects a divergence can have. */
export const ASPECTS: readonly Aspect[] = ['number', 'date', 'entity', 'quote', 'attribution', 'certainty', 'polarity'];
/** The aspects `toKeepFactsOf` looks for in the rewrite: the facts a statement carries. */
export const FACT_ASPECTS = ['number', 'date', 'entity', 'quote'] as const satisfies readonly Aspect[];

/** What a report matcher accepts: a report, or the articles to compare (then compared with default options). */
export type ReportLike = ComparisonReport | readonly ArticleInput[];

export interface DivergenceExpectation {
  /** Only divergences on this aspect. */
  aspect?: Aspect;
  /** Only divergences between these two articles (ids, or source names), in either order. */
  between?: readonly [string, string];
  /** Only divergences whose statements, values or message contain this text (case and spacing ignored) or match this pattern. */
  about?: About;
}

export interface AgreementOptions {
  /** Article ids (or source names) that must all take part in the agreement. Default: any two articles. */
  sources?: readonly string[];
}

export interface KeepFactsOptions {
  /**
   * The aspects to check. `number`, `date`, `entity` and `quote` are looked for in the rewrite; every
   * listed aspect must also be free of divergences between the two. Default: all aspects.
   */
  aspects?: readonly Aspect[];
}

/**
 * The matchers, typed for a consuming project. `R` is what an assertion returns: `void` in vitest,
 * `R` in jest. Register them with `expect.extend(crossfactMatchers)`, or import
 * `crossfact/testing/vitest` or `crossfact/testing/jest`, which do it for you.
 */
export interface CrossfactMatchers<R = unknown> {
  /**
   * The report (or the comparison of these articles) has a divergence matching every given filter.
   * `expect(report).not.toHaveDivergence()` asserts there is none at all.
   */
  toHaveDivergence(expected?: DivergenceExpectation): R;
  /** Two or more articles (all of `sources`, when given) agree on a statement or value matching `about`. */
  toAgreeOn(about: About, options?: AgreementOptions): R;
  /** A statement matching `about` is reported by `articleId` (an id or source name) and by no other article. */
  toReportOnlyIn(articleId: string, about: About): R;
  /**
   * Received is the rewrite (an `ArticleInput` or its text). Every number, date, name and quotation the
   * original states is still in the rewrite, and nothing the two share diverges.
   */
  toKeepFactsOf(original: ArticleInput | string, options?: KeepFactsOptions): R;
}

/** What `expect.extend` gives a matcher as `this` (vitest and jest alike). Everything is optional: the matchers also run without it. */
export interface MatcherContext {
  isNot?: boolean;
  promise?: string;
  utils?: {
    matcherHint?: (matcherName: string, received?: string, expected?: string, options?: { isNot?: boolean; promise?: string }) => string;
  };
}

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

type Matcher<A extends unknown[]> = (this: MatcherContext | undefined | void, received: unknown, ...args: A) => MatcherResult;

/** The implementations (a type alias, not an interface, so that it fits `expect.extend`'s record type). */
export type CrossfactMatcherFunctions = {
  toHaveDivergence: Matcher<[expected?: DivergenceExpectation]>;
  toAgreeOn: Matcher<[about: About, options?: AgreementOptions]>;
  toReportOnlyIn: Matcher<[articleId: string, about: About]>;
  toKeepFactsOf: Matcher<[original: ArticleInput | string, options?: KeepFactsOptions]>;
};

// ---------------------------------------------------------------------------------------------
// toHaveDivergence

function toHaveDivergence(this: MatcherContext | undefined | void, received: unknown, expected?: DivergenceExpectation): MatcherResult {
  const name = 'toHaveDivergence';
  if (expected !== undefined && (expected === null || typeof expected !== 'object')) usage(name, `the expectation must be an object like { aspect, between, about }, got ${describe(expected)}`);
  const { aspect, between, about } = expected ?? {};
  if (aspect !== undefined && !ASPECTS.includes(aspect)) usage(name, `unknown aspect ${describe(aspect)}; use one of ${ASPECTS.join(', ')}`);
  if (between !== undefined && (!Array.isArray(between) || between.length !== 2)) usage(name, `between must be two article ids, got ${describe(between)}`);
  if (about !== undefined && !isAbout(about)) usage(name, `about must be a non-empty string or a RegExp, got ${describe(about)}`);
  const report = toReport(received, name);
  const pair = between?.map((ref) => resolveArticle(report, ref, name));

  const divergences = report.findings.filter((f): f is DivergenceFinding => f.kind === 'divergence');
  const matching = divergences.filter(
    (f) => (aspect === undefined || f.aspect === aspect) && (!pair || pair.every((id) => f.articleIds.includes(id))) && (about === undefined || aboutMatches(about, findingTexts(report, f))),
  );
  const what = [aspect && `on ${aspect}`, pair && `between ${pair[0]} and ${pair[1]}`, about !== undefined && `about ${describeAbout(about)}`].filter(Boolean).join(' ');
  const wanted = `a divergence${what ? ` ${what}` : ''}`;
  const hint = header(this, name, expected === undefined ? '' : describeArgs([expected]));

  if (matching.length > 0) {
    return { pass: true, message: () => `${hint}\n\nExpected no ${wanted.slice(2)}, but found ${matching.length === 1 ? 'one' : matching.length}:\n${formatFindings(report, matching)}` };
  }
  return {
    pass: false,
    message: () => {
      const lines = [`${hint}`, '', `Expected ${wanted}, but found none.`];
      if (divergences.length) lines.push(`The report's divergences (${divergences.length}):`, formatFindings(report, divergences));
      else lines.push(`The report has no divergence (${summaryLine(report)}).`);
      if (about !== undefined) {
        const others = report.findings.filter((f) => f.kind !== 'divergence' && aboutMatches(about, findingTexts(report, f)));
        if (others.length) lines.push(`Other findings about ${describeAbout(about)}:`, formatFindings(report, others));
      }
      return lines.join('\n');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// toAgreeOn

/** An agreement on something: a fact-level agreement finding, or a value two aligned statements share. */
interface AgreementHit {
  articleIds: string[];
  describe: () => string[];
}

function toAgreeOn(this: MatcherContext | undefined | void, received: unknown, about: About, options: AgreementOptions = {}): MatcherResult {
  const name = 'toAgreeOn';
  if (!isAbout(about)) usage(name, `about must be a non-empty string or a RegExp, got ${describe(about)}`);
  if (options === null || typeof options !== 'object') usage(name, `options must be an object like { sources }, got ${describe(options)}`);
  if (options.sources !== undefined && !Array.isArray(options.sources)) usage(name, `sources must be an array of article ids, got ${describe(options.sources)}`);
  const report = toReport(received, name);
  const sources = options.sources ? [...new Set(options.sources.map((ref) => resolveArticle(report, ref, name)))] : [];
  const covers = (ids: readonly string[]) => ids.length >= 2 && sources.every((id) => ids.includes(id));

  const hits: AgreementHit[] = [];
  // Facts whose agreeing statements all say it: in two articles at least, each has a statement that matches.
  const statements = statementsById(report);
  for (const finding of report.findings) {
    if (finding.kind !== 'agreement') continue;
    const saying = finding.statementIds.map((id) => statements.get(id)).filter((s): s is Statement => s !== undefined && aboutMatches(about, [s.text]));
    const articleIds = [...new Set(saying.map((s) => s.articleId))];
    if (covers(articleIds)) hits.push({ articleIds, describe: () => formatFindings(report, [finding]).split('\n') });
  }
  // Values aligned statements share (a date, a number, a name, a quote), even where the statements differ elsewhere.
  const byFact = new Map<string, Agreement[]>();
  const factOfAlignment = new Map<string, string>();
  for (const fact of report.facts) for (const id of fact.alignmentIds) factOfAlignment.set(id, fact.id);
  for (const alignment of report.alignments) {
    for (const agreement of alignment.agreements) {
      if (!aboutMatches(about, [agreement.value, ...agreement.values.map((v) => v.text)])) continue;
      const key = `${factOfAlignment.get(alignment.id) ?? alignment.id}|${agreement.aspect}|${agreement.value}`;
      byFact.set(key, [...(byFact.get(key) ?? []), agreement]);
    }
  }
  for (const agreements of byFact.values()) {
    const values = uniqueValues(agreements.flatMap((a) => a.values));
    const articleIds = [...new Set(values.map((v) => v.articleId))];
    if (!covers(articleIds)) continue;
    const first = agreements[0]!;
    hits.push({ articleIds, describe: () => [`  ${first.aspect} ${JSON.stringify(first.value)} shared by ${articleIds.join(', ')}`, ...values.map((v) => `    ${formatValue(report, v)}`)] });
  }

  const who = sources.length ? sources.join(', ') : 'two articles or more';
  const hint = header(this, name, describeArgs(options.sources ? [about, options] : [about]));
  if (hits.length > 0) {
    return {
      pass: true,
      message: () => {
        const lines = hits.slice(0, MAX_LISTED).flatMap((h) => h.describe());
        if (hits.length > MAX_LISTED) lines.push(`  … and ${hits.length - MAX_LISTED} more`);
        return `${hint}\n\nExpected ${who} not to agree on ${describeAbout(about)}, but they do:\n${lines.join('\n')}`;
      },
    };
  }
  return {
    pass: false,
    message: () => {
      const lines = [hint, '', `Expected ${who} to agree on ${describeAbout(about)}, but found no agreement about it.`];
      const divergences = report.findings.filter((f) => f.kind === 'divergence' && aboutMatches(about, findingTexts(report, f)));
      if (divergences.length) lines.push('They diverge instead:', formatFindings(report, divergences));
      const mentions = report.statements.filter((s) => aboutMatches(about, [s.text]));
      if (mentions.length) lines.push(`Statements about it (${mentions.length}):`, ...listStatements(mentions));
      else lines.push(`No statement mentions it. The report's agreements (${report.summary.agreements}):`, formatFindings(report, report.findings.filter((f) => f.kind === 'agreement')));
      return lines.join('\n');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// toReportOnlyIn

function toReportOnlyIn(this: MatcherContext | undefined | void, received: unknown, articleRef: string, about: About): MatcherResult {
  const name = 'toReportOnlyIn';
  if (typeof articleRef !== 'string') usage(name, `the article must be an id or a source name, got ${describe(articleRef)}`);
  if (!isAbout(about)) usage(name, `about must be a non-empty string or a RegExp, got ${describe(about)}`);
  const report = toReport(received, name);
  const articleId = resolveArticle(report, articleRef, name);
  const unique = report.findings.filter((f) => f.kind === 'unique' && f.articleId === articleId && aboutMatches(about, findingTexts(report, f)));
  const hint = header(this, name, describeArgs([articleRef, about]));

  if (unique.length > 0) {
    return { pass: true, message: () => `${hint}\n\nExpected ${describeAbout(about)} not to be reported by ${articleId} alone, but it is:\n${formatFindings(report, unique)}` };
  }
  return {
    pass: false,
    message: () => {
      const lines = [hint, '', `Expected ${describeAbout(about)} to be reported by ${articleId} alone, but it is not.`];
      const own = report.statements.filter((s) => s.articleId === articleId && aboutMatches(about, [s.text]));
      const elsewhere = report.statements.filter((s) => s.articleId !== articleId && aboutMatches(about, [s.text]));
      if (!own.length) lines.push(`No statement of ${articleId} mentions it.`);
      else {
        const ids = new Set(own.map((s) => s.id));
        const related = report.findings.filter((f) => f.kind !== 'unique' && f.statementIds.some((id) => ids.has(id)));
        if (related.length) lines.push(`Other articles report the same fact:`, formatFindings(report, related));
      }
      if (elsewhere.length) lines.push(`Statements of other articles that mention it (${elsewhere.length}):`, ...listStatements(elsewhere));
      return lines.join('\n');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// toKeepFactsOf

type FactAspect = (typeof FACT_ASPECTS)[number];
const FACT_NOUNS: Record<FactAspect, [string, string]> = { number: ['number', 'numbers'], date: ['date', 'dates'], entity: ['name', 'names'], quote: ['quotation', 'quotations'] };

/** A fact of the original: a value of one of its statements. */
interface OriginalFact {
  aspect: FactAspect;
  statement: Statement;
  text: string;
  start: number;
  end: number;
  /** Same key, same fact (a name mentioned twice is one fact). */
  key: string;
}

function toKeepFactsOf(this: MatcherContext | undefined | void, received: unknown, original: ArticleInput | string, options: KeepFactsOptions = {}): MatcherResult {
  const name = 'toKeepFactsOf';
  if (options === null || typeof options !== 'object') usage(name, `options must be an object like { aspects }, got ${describe(options)}`);
  const aspects = options.aspects ?? ASPECTS;
  if (!Array.isArray(aspects) || aspects.length === 0) usage(name, `aspects must be a non-empty array of aspects, got ${describe(options.aspects)}`);
  for (const aspect of aspects) if (!ASPECTS.includes(aspect)) usage(name, `unknown aspect ${describe(aspect)}; use ${ASPECTS.join(', ')}`);
  let before = asArticle(original, 'original', name, 'the original');
  let after = asArticle(received, 'rewrite', name, 'the received value (the rewrite)');
  if (before.id === after.id) {
    before = { ...before, id: 'original' };
    after = { ...after, id: 'rewrite' };
  }
  const report = compareArticles([before, after]);
  const ofOriginal = report.statements.filter((s) => s.articleId === before.id);
  const ofRewrite = report.statements.filter((s) => s.articleId === after.id);

  // What changed: divergences between the two on the aspects asked for.
  const changed = report.findings.filter(
    (f): f is DivergenceFinding => f.kind === 'divergence' && aspects.includes(f.aspect) && f.articleIds.includes(before.id) && f.articleIds.includes(after.id),
  );
  const changedSpans = changed.flatMap((f) => f.values.filter((v) => v.articleId === before.id));
  const isChanged = (fact: OriginalFact) => changedSpans.some((v) => v.statementId === fact.statement.id && v.start < fact.end && fact.start < v.end);

  // What was lost: values of the original that the rewrite states nowhere.
  const facts = originalFacts(ofOriginal, aspects);
  const lost = new Map<string, { fact: OriginalFact; mentions: number }>();
  for (const fact of facts) {
    if (isChanged(fact) || kept(fact, ofRewrite)) continue;
    const entry = lost.get(fact.key);
    if (entry) entry.mentions += 1;
    else lost.set(fact.key, { fact, mentions: 1 });
  }

  const hint = header(this, name, options.aspects ? `original, ${describe(options)}` : 'original', 'rewrite');
  const pass = lost.size === 0 && changed.length === 0;
  const checked = new Set(facts.map((f) => f.key)).size;
  if (pass) {
    return {
      pass: true,
      message: () => {
        const byAspect = FACT_ASPECTS.filter((a) => aspects.includes(a)).map((a) => count(new Set(facts.filter((f) => f.aspect === a).map((f) => f.key)).size, FACT_NOUNS[a][0], FACT_NOUNS[a][1]));
        return `${hint}\n\nExpected the rewrite (${after.id}) to lose or change a fact of the original (${before.id}), but it keeps all ${checked} (${byAspect.join(', ')}) and nothing diverges.`;
      },
    };
  }
  return {
    pass: false,
    message: () => {
      const problems = [lost.size && `${count(lost.size, 'fact')} lost`, changed.length && `${count(changed.length, 'divergence')}`].filter(Boolean).join(' and ');
      const lines = [hint, '', `Expected the rewrite (${after.id}) to keep the facts of the original (${before.id}), but found ${problems}.`];
      if (lost.size) {
        lines.push(`Lost (in ${before.id}, not in ${after.id}):`);
        const entries = [...lost.values()];
        for (const { fact, mentions } of entries.slice(0, 2 * MAX_LISTED)) {
          lines.push(`  ${fact.aspect} ${JSON.stringify(fact.text)} ${fact.statement.id} [${fact.start}-${fact.end}]${mentions > 1 ? ` (${mentions} mentions)` : ''} in "${fact.statement.text.length > 100 ? `${fact.statement.text.slice(0, 99)}…` : fact.statement.text}"`);
        }
        if (entries.length > 2 * MAX_LISTED) lines.push(`  … and ${entries.length - 2 * MAX_LISTED} more`);
      }
      if (changed.length) lines.push('Changed:', formatFindings(report, changed));
      return lines.join('\n');
    },
  };
}

function originalFacts(statements: readonly Statement[], aspects: readonly Aspect[]): OriginalFact[] {
  const facts: OriginalFact[] = [];
  for (const statement of statements) {
    const add = (aspect: FactAspect, span: { text: string; start: number; end: number }, key: string) => {
      if (aspects.includes(aspect)) facts.push({ aspect, statement, text: span.text, start: span.start, end: span.end, key: `${aspect}|${key}` });
    };
    for (const n of statement.numbers) add('number', n, `${n.kind}|${n.value}|${n.unit ?? ''}`);
    for (const d of statement.dates) add('date', d, d.value);
    for (const e of statement.entities) add('entity', e, e.entityId);
    for (const q of statement.quotes) add('quote', q, quoteKey(q.text));
  }
  return facts;
}

function kept(fact: OriginalFact, ofRewrite: readonly Statement[]): boolean {
  const statement = fact.statement;
  switch (fact.aspect) {
    case 'number': {
      const n = statement.numbers.find((m) => m.start === fact.start)!;
      return ofRewrite.some((s) => s.numbers.some((m) => m.value === n.value && m.kind === n.kind && (!n.unit || !m.unit || m.unit === n.unit)));
    }
    case 'date': {
      const d = statement.dates.find((m) => m.start === fact.start)!;
      // The same date, or a more precise one ("2019" kept as "Feb. 28, 2019").
      return ofRewrite.some((s) => s.dates.some((m) => m.value === d.value || m.value.startsWith(`${d.value}-`)));
    }
    case 'entity': {
      const e = statement.entities.find((m) => m.start === fact.start)!;
      return ofRewrite.some((s) => s.entities.some((m) => m.entityId === e.entityId));
    }
    case 'quote': {
      // The whole quotation, word for word (case, spacing and quote marks aside).
      const words = quoteKey(fact.text);
      return ofRewrite.some((s) => s.quotes.some((q) => quoteKey(q.text).includes(words)));
    }
  }
}

const quoteKey = (text: string) => normalizeText(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** Throws a usage error: a mistake in the test itself, reported whether or not `.not` was used. */
function usage(matcher: string, problem: string): never {
  throw new TypeError(`${matcher}: ${problem}`);
}

function isArticleLike(value: unknown): value is ArticleInput {
  return value !== null && typeof value === 'object' && typeof (value as ArticleInput).text === 'string' && typeof (value as ArticleInput).id === 'string';
}

function toReport(received: unknown, matcher: string): ComparisonReport {
  if (isComparisonReport(received)) return received;
  if (Array.isArray(received) && received.length > 0 && received.every(isArticleLike)) return compareArticles(received);
  return usage(matcher, `expected a crossfact ComparisonReport (or an array of articles to compare), received ${describe(received)}`);
}

function asArticle(value: unknown, fallbackId: string, matcher: string, what: string): ArticleInput {
  if (typeof value === 'string') return article(value, { id: fallbackId });
  if (isArticleLike(value)) return value;
  return usage(matcher, `${what} must be an article ({ id, text, ... }) or its text, got ${describe(value)}`);
}

/** An article id, found by id or by source name. */
function resolveArticle(report: ComparisonReport, ref: string, matcher: string): string {
  if (typeof ref !== 'string') usage(matcher, `an article must be named by its id or source, got ${describe(ref)}`);
  const byId = report.articles.find((a) => a.id === ref);
  if (byId) return byId.id;
  const bySource = report.articles.filter((a) => a.source === ref);
  if (bySource.length === 1) return bySource[0]!.id;
  const known = report.articles.map((a) => (a.source === a.id ? a.id : `${a.id} (${a.source})`)).join(', ');
  return usage(matcher, bySource.length > 1 ? `${JSON.stringify(ref)} is the source of several articles; name one by id: ${known}` : `no article ${JSON.stringify(ref)} in the report; its articles are: ${known}`);
}

function uniqueValues(values: readonly ValueRef[]): ValueRef[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = `${v.statementId}@${v.start}-${v.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function listStatements(statements: readonly Statement[]): string[] {
  const lines = statements.slice(0, MAX_LISTED).map((s) => `  ${formatStatement(s)}`);
  if (statements.length > MAX_LISTED) lines.push(`  … and ${statements.length - MAX_LISTED} more`);
  return lines;
}

function summaryLine(report: ComparisonReport): string {
  const s = report.summary;
  return [count(s.agreements, 'agreement'), count(s.refinements, 'refinement'), `${s.unique} unique`].join(', ');
}

/** The first line of a failure message: `expect(report).not.toHaveDivergence({ aspect: 'number' })`. */
function header(context: MatcherContext | undefined | void, matcher: string, args: string, received = 'report'): string {
  const isNot = context?.isNot === true;
  const promise = context?.promise ?? '';
  const hint = context?.utils?.matcherHint;
  if (typeof hint === 'function') {
    try {
      return hint(matcher, received, args, { isNot, promise });
    } catch {
      // A runner whose matcherHint takes other arguments: fall through to the plain form.
    }
  }
  return `expect(${received})${promise ? `.${promise}` : ''}${isNot ? '.not' : ''}.${matcher}(${args})`;
}

/** Arguments as a test would write them: `'wire', /14 days/`, `{ aspect: 'number' }`. */
function describeArgs(args: readonly unknown[]): string {
  return args.map(describe).join(', ');
}

function describe(value: unknown): string {
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (value && typeof value === 'object') {
    if (isComparisonReport(value)) return 'a report';
    if (isArticleLike(value)) return `article ${describe(value.id)}`;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length ? `{ ${entries.map(([k, v]) => `${k}: ${describe(v)}`).join(', ')} }` : '{}';
  }
  return String(value);
}

/** The matchers, for `expect.extend(crossfactMatchers)` in vitest or jest. */
export const crossfactMatchers: CrossfactMatcherFunctions = { toHaveDivergence, toAgreeOn, toReportOnlyIn, toKeepFactsOf };

export type { About, Finding };
