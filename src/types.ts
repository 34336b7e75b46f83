/**
 * Public data shapes. Everything a report holds is plain JSON: strings, numbers, booleans,
 * arrays and objects, so `JSON.stringify(report)` is the serialised form.
 * All `start`/`end` offsets are UTF-16 indices into the original `ArticleInput.text`.
 */

export interface ArticleInput {
  id: string;
  text: string;
  /** Outlet name, shown in reports. Defaults to the id. */
  source?: string;
  title?: string;
  url?: string;
  /** Publication date: relative dates ("Monday", "last year") are resolved against it. */
  publishedAt?: string | Date;
}

export type StatementKind = 'headline' | 'body' | 'caption';
export type EntityType = 'person' | 'place' | 'organization' | 'other';
export type DatePrecision = 'year' | 'month' | 'day';
export type Aspect = 'number' | 'date' | 'entity' | 'quote' | 'attribution' | 'certainty' | 'polarity';
export type Relation = 'equivalent' | 'elaborates' | 'contradicts' | 'related' | 'unrelated';
export type QuoteVerdict = 'verbatim' | 'trimmed' | 'altered';

/** A piece of the original text. */
export interface SourceSpan {
  text: string;
  start: number;
  end: number;
}

/** A warning is data attached to a place: an article and, when it has one, a span of its text. */
export interface Warning {
  code:
    | 'SINGLE_ARTICLE'
    | 'NO_STATEMENTS'
    | 'NO_PUBLICATION_DATE'
    | 'UNBALANCED_QUOTES'
    | 'NO_CROSS_SOURCE_ALIGNMENT'
    | 'LONG_STATEMENT'
    | 'NON_ENGLISH'
    | 'CLAIM_TRUNCATED';
  message: string;
  articleId?: string;
  start?: number;
  end?: number;
  /** For NON_ENGLISH: the language detected (ISO 639-3, `und` when it could not be told). */
  language?: string;
}

/** Text the ingest stage left out of the statements, and the rule that removed it. */
export interface RemovedSpan {
  start: number;
  end: number;
  rule: string;
}

export interface EntityMention extends SourceSpan {
  entityId: string;
  type: EntityType;
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

export interface DateMention extends SourceSpan {
  /** ISO date cut to its precision: `2019`, `2019-02`, `2019-02-28`. */
  value: string;
  precision: DatePrecision;
  /** What the text states. */
  known: DateParts;
  /** What was filled in from the publication date (a weekday's day, a month's year). */
  implied: DateParts;
  qualifier?: 'early' | 'mid' | 'late';
}

export interface NumberMention extends SourceSpan {
  value: number;
  kind: 'cardinal' | 'ordinal' | 'percent' | 'money';
  /** Stem of the noun counted ("summit" for "three summits"), when one follows. */
  unit?: string;
  unitText?: string;
}

export interface QuoteSpan extends SourceSpan {
  /** The quoted words, without the quotation marks. `start`/`end` cover the words only. */
  speakerId?: string;
  speaker?: string;
}

export interface Attribution extends SourceSpan {
  /** Who is said to have said it, as written or resolved ("he" → the last person named). */
  speaker: string;
  speakerId?: string;
  verb: string;
}

export interface Cue extends SourceSpan {
  /** Inside a quotation: the speaker's words, not the outlet's. */
  inQuote: boolean;
}

export interface Statement {
  /** `<articleId>#<index>`: stable, independent of the order of the input articles. */
  id: string;
  articleId: string;
  index: number;
  kind: StatementKind;
  paragraph: number;
  text: string;
  start: number;
  end: number;
  speaker: Attribution | null;
  quotes: QuoteSpan[];
  entities: EntityMention[];
  dates: DateMention[];
  numbers: NumberMention[];
  hedges: Cue[];
  negations: Cue[];
  /** Hedged by the outlet (a hedge outside quotations). */
  hedged: boolean;
  /** Negated by the outlet (a negation outside quotations). */
  negated: boolean;
}

export interface ArticleSummary {
  id: string;
  source: string;
  title: string | null;
  url: string | null;
  /** ISO 8601 as given (normalised), or null. */
  publishedAt: string | null;
  statementCount: number;
  removed: RemovedSpan[];
  warnings: Warning[];
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Other names it goes by in the articles ("Kim", "Pyongyang", "Swiss"). */
  aliases: string[];
}

/** A value in one statement, pointing at where the statement says it. */
export interface ValueRef {
  statementId: string;
  articleId: string;
  value: string;
  text: string;
  start: number;
  end: number;
}

export interface Divergence {
  aspect: Aspect;
  values: ValueRef[];
  message: string;
}

export interface Refinement {
  aspect: 'date' | 'number';
  general: ValueRef;
  specific: ValueRef;
  message: string;
}

export interface Agreement {
  aspect: Aspect;
  value: string;
  values: ValueRef[];
}

export interface StatementRelation {
  relation: Relation;
  score: number;
  divergences: Divergence[];
  refinements: Refinement[];
  agreements: Agreement[];
  /** The feature values the score was computed from. */
  features: Record<string, number>;
}

/** Two statements from different articles that report the same fact. */
export interface Alignment {
  id: string;
  statementIds: [string, string];
  relation: Relation;
  score: number;
  divergences: Divergence[];
  refinements: Refinement[];
  agreements: Agreement[];
}

export interface Fact {
  id: string;
  topicId: string;
  statementIds: string[];
  articleIds: string[];
  alignmentIds: string[];
}

export interface Topic {
  id: string;
  /** The words and names the topic's statements share most. */
  label: string;
  factIds: string[];
  statementIds: string[];
  articleIds: string[];
  /** Entity ids named in the topic, per article id. */
  entitiesByArticle: Record<string, string[]>;
  /** Entities only one of the topic's articles names. */
  onlyIn: Array<{ entityId: string; articleId: string; statementIds: string[] }>;
}

interface FindingBase {
  id: string;
  statementIds: string[];
  articleIds: string[];
  message: string;
}

export interface AgreementFinding extends FindingBase {
  kind: 'agreement';
  factId: string;
  agreements: Agreement[];
}

export interface RefinementFinding extends FindingBase {
  kind: 'refinement';
  factId: string;
  aspect: Refinement['aspect'];
  general: ValueRef;
  specific: ValueRef;
}

export interface DivergenceFinding extends FindingBase {
  kind: 'divergence';
  factId: string;
  aspect: Aspect;
  values: ValueRef[];
}

export interface UniqueFinding extends FindingBase {
  kind: 'unique';
  articleId: string;
  topicId: string;
}

export type Finding = AgreementFinding | RefinementFinding | DivergenceFinding | UniqueFinding;

export interface CoverageRow {
  entityId: string;
  name: string;
  type: EntityType;
  /** Mentions per article, in the order of `Coverage.articleIds`. */
  counts: number[];
}

export interface Coverage {
  articleIds: string[];
  rows: CoverageRow[];
}

export interface QuoteRef extends SourceSpan {
  statementId: string;
  articleId: string;
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface QuoteComparison {
  a: QuoteRef;
  b: QuoteRef;
  verdict: QuoteVerdict;
  /** Word-level similarity of the normalised quotes, in [0, 1]. */
  similarity: number;
  /** Word diff from `a` to `b`. */
  diff: DiffPart[];
}

export interface QuoteGroup {
  speakerId: string;
  speaker: string;
  /**
   * Pairs of the speaker's quotations, from two articles, that render the same words. Each
   * rendering is compared with the first rendering (from another article) of each wording of
   * the same words, its own included: where a wording has one or two renderings, that is every
   * such pair; where many outlets copy one wording, a pair per rendering and wording, not every
   * pair of copies.
   */
  comparisons: QuoteComparison[];
}

export interface ReportSummary {
  articles: number;
  statements: number;
  facts: number;
  crossSourceFacts: number;
  topics: number;
  agreements: number;
  refinements: number;
  divergences: number;
  divergencesByAspect: Record<Aspect, number>;
  unique: number;
  quoteVariants: number;
}

export interface ComparisonReport {
  schemaVersion: 1;
  articles: ArticleSummary[];
  statements: Statement[];
  entities: Entity[];
  alignments: Alignment[];
  facts: Fact[];
  topics: Topic[];
  findings: Finding[];
  coverage: Coverage;
  quotes: QuoteGroup[];
  summary: ReportSummary;
  warnings: Warning[];
}

/** How an article stands towards a claim. */
export type Stance = 'supports' | 'refutes' | 'discusses' | 'unrelated';

/** What in a statement decided the stance it supports. */
export type EvidenceCue =
  /** The statement says what the claim says (a paraphrase or the same fact). */
  | { kind: 'agreement'; text: string; start: number; end: number }
  /** A word of refutation ("hoax", "denied", "not true") in a statement about the claim. */
  | { kind: 'refutation'; text: string; start: number; end: number }
  /** The statement contradicts the claim: a number, date or name differs, or it negates it. */
  | { kind: 'contradiction'; aspect: Aspect; text: string; start: number; end: number }
  /** The statement reports the claim at a distance ("reportedly", "claims", "unconfirmed"). */
  | { kind: 'hedge'; text: string; start: number; end: number };

export interface ClaimEvidence extends SourceSpan {
  statementId: string;
  /** How the statement relates to the claim. */
  relation: Relation;
  /** The statement's relation score to the claim, in [0, 1]. */
  score: number;
  cue: EvidenceCue;
}

export interface ArticleStance {
  articleId: string;
  source: string;
  stance: Stance;
  /** The classifier's probability for the stance, in [0, 1]. */
  confidence: number;
  /** Probability of each stance. */
  probabilities: Record<Stance, number>;
  evidence: ClaimEvidence[];
  /** The features the stance was computed from. */
  features: Record<string, number>;
  warnings: Warning[];
}

export interface ClaimCheckReport {
  kind: 'claim-check';
  schemaVersion: 1;
  claim: { text: string; checkedText: string };
  articles: ArticleStance[];
  summary: Record<Stance, number> & { articles: number };
  warnings: Warning[];
}
