import type { IngestedArticle } from '../ingest/types.js';
import type { Sentence } from '../segment/index.js';
import type { Attribution, Cue, EntityMention, EntityType, QuoteSpan, Statement } from '../types.js';
import { isCommonWord } from '../text/lexicon.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findDates, type RawDate } from './dates/index.js';
import { findEntityMentions, type RawEntityMention } from './entities.js';
import { findHedges, type RawCue } from './hedges.js';
import { findNegations } from './negation.js';
import { findNumbers, type RawNumber } from './numbers.js';
import { findQuotes, insideQuotes, type RawQuote } from './quotes.js';
import { findAttribution, type RawAttribution } from './speakers.js';

/** One article after extraction. Entity ids are still local names; `resolveEntities` makes them global. */
export interface ExtractedArticle {
  ingested: IngestedArticle;
  statements: Statement[];
  /** Entity id → the name it was resolved to in this article ("north-korea" → "North Korea"). */
  entityNames: Map<string, string>;
  /** Entity id → votes for each type, weighted by how firm the evidence was. */
  entityTypes: Map<string, Map<EntityType, number>>;
}

// How much a mention's type tells: a gazetteer entry or a title is firm, a name's shape is a guess.
const TYPE_EVIDENCE: Record<RawEntityMention['typeSource'], number> = { gazetteer: 5, title: 3, keyword: 3, context: 2, shape: 1, none: 0.5 };

/** One sentence as extraction reads it, stage by stage. */
interface Working {
  sentence: Sentence;
  /** In a paragraph ingest found to be in another language. */
  foreign: boolean;
  tokens: Token[];
  mentions: RawEntityMention[];
  quotes: RawQuote[];
  attribution: RawAttribution | null;
  dates: RawDate[];
  numbers: RawNumber[];
  hedges: RawCue[];
  negations: RawCue[];
}

// Names repeat across the statements and articles of a story: each is made an id once.
const entityIds = boundedMemo(50_000, (name) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'entity',
);

/** The id of a name: no accents, lower case, words joined by hyphens ("Kim Jong-un" → "kim-jong-un"). */
export const entityIdOf = (name: string): string => entityIds.get(name);

/** Empties the cache of entity ids (with `forgetReadArticles`, for benchmarks). */
export function forgetEntityIds(): void {
  entityIds.clear();
}

export function extractArticle(ingested: IngestedArticle, sentences: readonly Sentence[]): ExtractedArticle {
  return extractArticles([{ ingested, sentences }])[0]!;
}

/**
 * Several articles at once, each as `extractArticle` would read it alone. Each step runs over the
 * sentences of every article before the next one starts (all tokens, then all names, quotes,
 * speakers, dates, numbers, cues), not each sentence through every step: a step's code and
 * tables then stay in the processor's caches through its loop (over the statements of 200 FNC-1
 * bodies, the finders of dates, numbers, cues, quotes and names took about a fifth less so).
 */
export function extractArticles(articles: ReadonlyArray<{ ingested: IngestedArticle; sentences: readonly Sentence[] }>): ExtractedArticle[] {
  // Names, speakers, hedges and negations are read from English words and capitals: in a
  // paragraph ingest found to be in another language they would be guesses, so they are not made.
  // Lists here and in the statements by `Array.from`, not `map`: lists that `map` made in V8's
  // compiled code were of another kind than those it made before, and the code reading them was
  // dropped at each new kind, comparison after comparison (see `articleOf`).
  const perArticle: Working[][] = Array.from(articles, ({ ingested, sentences }) =>
    Array.from(sentences, (sentence) => ({
      sentence,
      foreign: Boolean(ingested.blocks[sentence.paragraph]?.language),
      tokens: tokenize(sentence.text),
      mentions: [],
      quotes: [],
      attribution: null,
      dates: [],
      numbers: [],
      hedges: [],
      negations: [],
    })),
  );
  const all = perArticle.flat();
  const namesOf = perArticle.map((working) => capitalisedMidSentence(working.filter((item) => !item.foreign)));
  perArticle.forEach((working, a) => {
    for (const item of working) {
      if (!item.foreign) item.mentions = findEntityMentions(item.sentence.text, item.tokens, { namesInArticle: namesOf[a]!, titleCase: item.sentence.kind === 'headline' });
    }
  });
  for (const item of all) item.quotes = findQuotes(item.sentence.text);
  for (const working of perArticle) resolveAliases(working);
  for (const item of all) if (!item.foreign) item.attribution = findAttribution(item.sentence.text, item.tokens, item.quotes, item.mentions);
  perArticle.forEach((working, a) => {
    const reference = articles[a]!.ingested.article.reference;
    for (const item of working) item.dates = findDates(item.sentence.text, reference);
  });
  for (const item of all) item.numbers = findNumbers(item.sentence.text, item.dates);
  for (const item of all) if (!item.foreign) item.hedges = findHedges(item.sentence.text);
  for (const item of all) if (!item.foreign) item.negations = findNegations(item.sentence.text);
  return articles.map(({ ingested }, a) => articleOf(ingested, perArticle[a]!));
}

/** An article's statements, and the names and types of its entities, from its sentences' findings. */
function articleOf(ingested: IngestedArticle, working: readonly Working[]): ExtractedArticle {
  const entityNames = new Map<string, string>();
  const entityTypes = new Map<string, Map<EntityType, number>>();
  for (const item of working) {
    for (const m of item.mentions) {
      const id = entityIdOf(m.name);
      entityNames.set(id, m.name);
      const votes = entityTypes.get(id) ?? new Map<EntityType, number>();
      votes.set(m.type, (votes.get(m.type) ?? 0) + TYPE_EVIDENCE[m.typeSource]);
      entityTypes.set(id, votes);
    }
  }
  const flow: StatementFlow = { lastPerson: null, previous: null };
  // `Array.from`, in order, rather than `push` or `map`: V8 compiled those with a check of the
  // arrays' kind, which the arrays of another compilation of the caller fail, and could drop and
  // recompile the function at every article (200 deoptimisations in one comparison of 200 FNC-1 bodies).
  const statements = Array.from(working, (item) => statementOf(ingested, item, flow));
  return { ingested, statements, entityNames, entityTypes };
}

/** What one statement hands the next: the person the article last named, and the paragraph and speaker of the sentence before. */
interface StatementFlow {
  lastPerson: string | null;
  previous: { paragraph: number; speaker: Attribution | null } | null;
}

/**
 * One sentence as a statement, with offsets into the original text; reads and updates `flow`.
 * A function of its own rather than the body of the loop over an article's sentences (then in
 * `extractArticle`, now in `articleOf`), which V8 compiled with everything it calls inlined, about
 * 220 ms of compiler time each time (1 100 ms over a warm-up and four comparisons of 200 FNC-1
 * bodies, against 330 ms for the two functions then; the finders it called are now called before).
 */
function statementOf(ingested: IngestedArticle, item: Working, flow: StatementFlow): Statement {
  const { sentence, foreign, tokens, mentions, quotes, attribution, dates, numbers } = item;
  const span = (start: number, end: number) => ({
    start: ingested.offsets[sentence.cleanStart + start]!,
    end: ingested.ends[sentence.cleanStart + end - 1]!,
  });
  const entities: EntityMention[] = Array.from(mentions, (m) => ({ entityId: entityIdOf(m.name), type: m.type, text: m.text, ...span(m.start, m.end) }));

  let speaker: Attribution | null = null;
  if (attribution) {
    const mention = attribution.mention !== undefined ? mentions[attribution.mention] : undefined;
    const resolved: string | null = attribution.pronoun && ['he', 'she'].includes(attribution.pronoun) ? flow.lastPerson : null;
    const name: string = mention?.name ?? resolved ?? attribution.text;
    speaker = { speaker: name, verb: attribution.verb, text: attribution.text, ...span(attribution.start, attribution.end) };
    if (mention || resolved) speaker.speakerId = entityIdOf(name);
  }
  // Without an attribution verb, quotations belong to the sentence's subject ("He ... calling
  // Kim a 'very smart guy'"), or continue the speaker of the paragraph's previous sentence.
  const subject = foreign ? null : sentenceSubject(sentence.text, tokens, mentions, flow.lastPerson);
  const continued = flow.previous && flow.previous.paragraph === sentence.paragraph && quotes[0] && quotes[0].start <= 2 ? flow.previous.speaker : null;
  const quoteSpeaker = speaker?.speakerId ? { speaker: speaker.speaker, speakerId: speaker.speakerId } : continued?.speakerId ? { speaker: continued.speaker, speakerId: continued.speakerId } : subject ? { speaker: subject, speakerId: entityIdOf(subject) } : speaker ? { speaker: speaker.speaker } : null;
  const quoteSpans: QuoteSpan[] = Array.from(quotes, (q) => ({ text: q.text, ...span(q.start, q.end), ...(quoteSpeaker ?? {}) }));

  const cue = (c: RawCue): Cue => ({ text: c.text, ...span(c.start, c.end), inQuote: insideQuotes(quotes, c.start) });
  const hedges = Array.from(item.hedges, cue);
  const negations = Array.from(item.negations, cue);

  const statement: Statement = {
    id: sentence.id,
    articleId: sentence.articleId,
    index: sentence.index,
    kind: sentence.kind,
    paragraph: sentence.paragraph,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    speaker: speaker ?? (continued && quotes.length ? continued : null),
    quotes: quoteSpans,
    entities,
    dates: Array.from(dates, (d) => ({ ...d, ...span(d.start, d.end) })),
    numbers: Array.from(numbers, (n) => ({ ...n, ...span(n.start, n.end) })),
    hedges,
    negations,
    hedged: anyOutsideQuotes(hedges),
    negated: anyOutsideQuotes(negations),
  };
  const personSpeaker: string | null = speaker?.speakerId && mentions.some((m) => m.type === 'person' && entityIdOf(m.name) === speaker.speakerId) ? speaker.speaker : null;
  flow.lastPerson = personSpeaker ?? subject ?? lastPersonIn(mentions) ?? flow.lastPerson;
  flow.previous = { paragraph: sentence.paragraph, speaker: statement.speaker };
  return statement;
}

/**
 * Whether a cue is the writer's own, outside every quotation. A loop over indices rather than
 * `some`: V8 compiled `some` over these arrays (empty or not) with a check of the array's kind
 * that then failed again and again in the same compiled code (on 200 FNC-1 bodies, up to 94
 * deoptimisations of the extraction loop in one comparison).
 */
function anyOutsideQuotes(cues: readonly Cue[]): boolean {
  for (let i = 0; i < cues.length; i++) if (!cues[i]!.inQuote) return true;
  return false;
}

/** Lower-cased words capitalised somewhere other than at the start of a sentence. */
function capitalisedMidSentence(working: readonly Working[]): Set<string> {
  const names = new Set<string>();
  for (const { sentence, tokens } of working) {
    if (sentence.kind === 'headline') continue;
    tokens.forEach((token, k) => {
      if (k === 0 || !token.capitalized) return;
      const gap = sentence.text.slice(tokens[k - 1]!.end, token.start);
      if (/[.!?:]["”’]?\s*["“‘]?\s*$/.test(gap) || /["“‘]\s*$/.test(gap)) return;
      names.add(token.norm);
    });
  }
  return names;
}

// The person a sentence is about when it opens with them or with "he"/"she".
function sentenceSubject(text: string, tokens: readonly Token[], mentions: readonly RawEntityMention[], lastPerson: string | null): string | null {
  const first = tokens[0];
  if (first && (first.norm === 'he' || first.norm === 'she')) return lastPerson;
  // Only titles and names may stand before the person ("U.S. President Donald Trump has ...").
  const opener = mentions.find((m) => m.type === 'person' && tokens.every((t) => t.start >= m.start || t.capitalized));
  return opener && opener.start < (text.search(/[“"]/) + 1 || Infinity) ? opener.name : null;
}

function lastPersonIn(mentions: readonly RawEntityMention[]): string | null {
  const people = mentions.filter((m) => m.type === 'person');
  return people.length ? people[people.length - 1]!.name : null;
}

const nameWords = (name: string) => name.split(/\s+/).map((w) => w.toLowerCase());

// "(NPT)" right after a name: matched where the name ends, without copying the rest of the sentence.
const ACRONYM_AFTER = /\s*\((\p{Lu}{2,8})\)/uy;

/**
 * Within one article: "Kim" after "Kim Jong-un" is Kim Jong-un, "Leavitt" is Karoline Leavitt,
 * "NPT" after "Nuclear Non-Proliferation Treaty (NPT)" is the treaty. A one-word name that is a
 * common English word and resolves to nothing ("Western") is dropped.
 */
function resolveAliases(working: Working[]): void {
  const fullNames: Array<{ name: string; type: EntityType; order: number; first: string; last: string }> = [];
  const acronyms = new Map<string, { name: string; type: EntityType }>();
  let order = 0;
  for (const item of working) {
    for (const mention of item.mentions) {
      order++;
      if (mention.type === 'person' && mention.name.includes(' ')) {
        const words = nameWords(mention.name);
        fullNames.push({ name: mention.name, type: mention.type, order, first: words[0]!, last: words[words.length - 1]! });
      }
      ACRONYM_AFTER.lastIndex = mention.end;
      const acronym = ACRONYM_AFTER.exec(item.sentence.text)?.[1];
      if (acronym && mention.name.includes(' ')) acronyms.set(acronym, { name: mention.name, type: mention.type });
    }
  }
  order = 0;
  for (const item of working) {
    item.mentions = item.mentions.filter((mention) => {
      order++;
      if (mention.name.includes(' ') || mention.typeSource === 'gazetteer') return true;
      const acronym = acronyms.get(mention.name);
      if (acronym) {
        mention.name = acronym.name;
        mention.type = acronym.type;
        return true;
      }
      const word = mention.name.toLowerCase();
      const candidates = fullNames.filter((f) => f.first === word || f.last === word);
      if (candidates.length) {
        const earlier = candidates.filter((c) => c.order < order);
        const chosen = earlier.length ? earlier[earlier.length - 1]! : candidates[0]!;
        mention.name = chosen.name;
        mention.type = 'person';
        return true;
      }
      return !(mention.type === 'other' && mention.typeSource === 'none' && isCommonWord(word));
    });
  }
}
