import type { Agreement, Cue, DateMention, Divergence, NumberMention, Refinement, Statement, ValueRef } from '../types.js';
import { placeWithin } from '../extract/gazetteer.js';
import { contentStems, isContentWord, tokenize } from '../text/tokens.js';
import { quoteSimilarity, quoteVerdict, sameQuote } from './quote-text.js';

/** What comparing two statements aspect by aspect found, plus signals for the relation. */
export interface PairComparison {
  agreements: Agreement[];
  refinements: Refinement[];
  divergences: Divergence[];
  signals: {
    /** Dates: +1 when some agree or nest, -1 when they only conflict, 0 when there is nothing to compare. */
    dates: number;
    numbers: number;
    /** A name of one kind in one statement where the other has a different one. */
    entitySwap: number;
    quote: number;
  };
}

const ref = (statement: Statement, value: string, span: { text: string; start: number; end: number }): ValueRef => ({
  statementId: statement.id,
  articleId: statement.articleId,
  value,
  text: span.text,
  start: span.start,
  end: span.end,
});

const wholeStatement = (statement: Statement) => ({ text: statement.text, start: statement.start, end: statement.end });

function dateRelation(a: DateMention, b: DateMention): 'equal' | 'a-general' | 'b-general' | 'conflict' {
  if (a.value === b.value) return 'equal';
  if (b.value.startsWith(`${a.value}-`)) return 'a-general';
  if (a.value.startsWith(`${b.value}-`)) return 'b-general';
  return 'conflict';
}

/**
 * Compares two statements aspect by aspect. `close`: the two say mostly the same thing, so that
 * a different name, speaker, hedge or negation is a divergence rather than a different subject.
 */
export function comparePair(a: Statement, b: Statement, { close }: { close: boolean }): PairComparison {
  const result: PairComparison = { agreements: [], refinements: [], divergences: [], signals: { dates: 0, numbers: 0, entitySwap: 0, quote: 0 } };
  compareDates(a, b, result);
  compareNumbers(a, b, result);
  compareQuotes(a, b, result);
  if (close) {
    compareEntities(a, b, result);
    compareStance(a, b, result);
  }
  return result;
}

function compareDates(a: Statement, b: Statement, result: PairComparison) {
  let matched = false;
  let sameFactSign = false;
  const twoSpeakers = differentSpeakers(a, b);
  for (const da of a.dates) {
    for (const db of b.dates) {
      const relation = dateRelation(da, db);
      if (relation === 'conflict') continue;
      matched = true;
      if (!twoSpeakers || !datesTheSpeaking(a, da) || !datesTheSpeaking(b, db)) sameFactSign = true;
      if (relation === 'equal') {
        result.agreements.push({ aspect: 'date', value: da.value, values: [ref(a, da.value, da), ref(b, db.value, db)] });
      } else {
        const [general, specific, gs, ss] = relation === 'a-general' ? [da, db, a, b] : [db, da, b, a];
        result.refinements.push({
          aspect: 'date',
          general: ref(gs, general.value, general),
          specific: ref(ss, specific.value, specific),
          message: `${ss.articleId} is more precise about the date: "${specific.text}" (${specific.value}) within "${general.text}" (${general.value}).`,
        });
      }
    }
  }
  if (matched) result.signals.dates = sameFactSign ? 1 : 0;
  else if (a.dates.length === 1 && b.dates.length === 1) {
    const [da, db] = [a.dates[0]!, b.dates[0]!];
    result.signals.dates = -1;
    result.divergences.push({
      aspect: 'date',
      values: [ref(a, da.value, da), ref(b, db.value, db)],
      message: `The date differs: "${da.text}" (${da.value}) in ${a.articleId}, "${db.text}" (${db.value}) in ${b.articleId}.`,
    });
  }
}

// Both statements are attributed, to different speakers (by their ids when both are known).
function differentSpeakers(a: Statement, b: Statement): boolean {
  if (!a.speaker || !b.speaker) return false;
  if (a.speaker.speakerId && b.speaker.speakerId) return a.speaker.speakerId !== b.speaker.speakerId;
  return a.speaker.speaker.toLowerCase() !== b.speaker.speaker.toLowerCase();
}

/**
 * Whether `date` dates the speaking ("said on Tuesday", "told reporters Monday" is not caught):
 * it follows the statement's verb of saying. Two speakers speaking on one day is no sign of one
 * fact (a former negotiator and a ministry both "said on April 1", each something else), where
 * one speaker on one day is: the same remarks, reported twice.
 */
function datesTheSpeaking(statement: Statement, date: DateMention): boolean {
  const verb = statement.speaker?.verb;
  if (!verb || verb === 'according to') return false;
  const at = indexInText(statement, date);
  if (at <= 0) return false;
  // The text before the date, less the space and "on" between it and the verb, ends in the verb.
  const before = statement.text.slice(0, at);
  const gap = SPACE_AND_ON.exec(before);
  if (!gap) return false;
  const head = before.slice(0, gap.index).toLowerCase();
  return head.endsWith(verb.toLowerCase()) && !WORD_END.test(head.slice(0, head.length - verb.length));
}

const SPACE_AND_ON = /\s+(?:on\s+)?$/i;
const WORD_END = /\w$/;

const countable = (numbers: readonly NumberMention[]) => numbers.filter((n) => n.kind !== 'ordinal');

// "about 11 percent", "more than $34 billion": a number given loosely is no conflict with one
// within a tenth of it.
const APPROXIMATE = /\b(about|around|approximately|nearly|almost|roughly|some|more than|less than|over|under|up to|at least|close to|well over)\s*$/i;

function compareNumbers(a: Statement, b: Statement, result: PairComparison) {
  const na = countable(a.numbers);
  const nb = countable(b.numbers);
  const usedA = new Set<NumberMention>();
  const usedB = new Set<NumberMention>();
  for (const x of na) {
    const y = nb.find((candidate) => !usedB.has(candidate) && candidate.value === x.value && (candidate.unit === x.unit || (na.length === 1 && nb.length === 1) || x.kind !== 'cardinal'));
    if (!y) continue;
    usedA.add(x);
    usedB.add(y);
    result.agreements.push({ aspect: 'number', value: String(x.value), values: [ref(a, String(x.value), x), ref(b, String(y.value), y)] });
  }
  if (usedA.size) result.signals.numbers = 1;
  // A conflict needs one unmatched number of the same unit and kind on each side; with several
  // there is no telling which corresponds to which.
  const key = (n: NumberMention) => `${n.kind}|${n.unit ?? ''}`;
  for (const x of na) {
    if (usedA.has(x) || x.unit === undefined) continue;
    const sameA = na.filter((n) => !usedA.has(n) && key(n) === key(x));
    const sameB = nb.filter((n) => !usedB.has(n) && key(n) === key(x));
    if (sameA.length !== 1 || sameB.length !== 1) continue;
    const y = sameB[0]!;
    const loose = APPROXIMATE.test(textBefore(a, x)) || APPROXIMATE.test(textBefore(b, y));
    if (loose && Math.abs(x.value - y.value) <= 0.1 * Math.max(Math.abs(x.value), Math.abs(y.value))) continue;
    if (result.signals.numbers === 0) result.signals.numbers = -1;
    result.divergences.push({
      aspect: 'number',
      values: [ref(a, String(x.value), x), ref(b, String(y.value), y)],
      message: `The number of ${x.unitText ?? x.unit} differs: "${x.text}" in ${a.articleId}, "${y.text}" in ${b.articleId}.`,
    });
  }
}

// A substitution: each statement names exactly one person (or place, or organisation) the other
// does not. Extra names on one side only are elaboration, not divergence.
function compareEntities(a: Statement, b: Statement, result: PairComparison) {
  const idsA = new Set(a.entities.map((e) => e.entityId));
  const idsB = new Set(b.entities.map((e) => e.entityId));
  for (const type of ['person', 'place', 'organization'] as const) {
    const onlyA = [...new Map(a.entities.filter((e) => e.type === type && !idsB.has(e.entityId)).map((e) => [e.entityId, e])).values()];
    const onlyB = [...new Map(b.entities.filter((e) => e.type === type && !idsA.has(e.entityId)).map((e) => [e.entityId, e])).values()];
    if (onlyA.length !== 1 || onlyB.length !== 1) continue;
    const [x, y] = [onlyA[0]!, onlyB[0]!];
    // The two names must fill the same slot ("met in Hanoi" / "met in Singapore") and share no
    // word ("Central Elementary School" / "Central Elementary" is one name, shortened).
    if (wordBefore(a, x) !== wordBefore(b, y)) continue;
    // A city and its country, or a country and its people's name, do not conflict.
    if (type === 'place' && (placeWithin(x.text, y.text) || placeWithin(y.text, x.text))) continue;
    const words = new Set(x.text.toLowerCase().split(/\W+/));
    if (y.text.toLowerCase().split(/\W+/).some((w) => w && words.has(w))) continue;
    result.signals.entitySwap = 1;
    result.divergences.push({
      aspect: 'entity',
      values: [ref(a, x.entityId, x), ref(b, y.entityId, y)],
      message: `A different ${type === 'organization' ? 'organisation' : type} is named: "${x.text}" in ${a.articleId}, "${y.text}" in ${b.articleId}.`,
    });
  }
}

// Mentions carry offsets into the original text, the statement's text is cleaned: find the
// mention in the cleaned text by its words, nearest to where the offsets put it (-1 if absent).
function indexInText(statement: Statement, span: { start: number; text: string }): number {
  const expected = span.start - statement.start;
  let at = -1;
  for (let i = statement.text.indexOf(span.text); i >= 0; i = statement.text.indexOf(span.text, i + 1)) {
    if (at < 0 || Math.abs(i - expected) < Math.abs(at - expected)) at = i;
  }
  return at;
}

function textBefore(statement: Statement, span: { start: number; text: string }): string {
  return statement.text.slice(0, Math.max(0, indexInText(statement, span)));
}

// The word that governs a name ("met in Hanoi", "extradited from London"), past a determiner
// before it: "a message to the US" and "to end the American intervention" fill different slots
// ("to", "end"), which "the" before both names would take for one.
function wordBefore(statement: Statement, span: { start: number; text: string }): string {
  return /([\p{L}\p{N}]+)(?:\W+(?:the|a|an|its|their|his|her|this|that))?\W*$/iu.exec(textBefore(statement, span))?.[1]?.toLowerCase() ?? '';
}

function compareQuotes(a: Statement, b: Statement, result: PairComparison) {
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      if (!sameQuote(qa.text, qb.text)) continue;
      result.signals.quote = Math.max(result.signals.quote, quoteSimilarity(qa.text, qb.text));
      const verdict = quoteVerdict(qa.text, qb.text);
      if (verdict === 'verbatim') {
        result.agreements.push({ aspect: 'quote', value: qa.text, values: [ref(a, qa.text, qa), ref(b, qb.text, qb)] });
      } else {
        result.divergences.push({
          aspect: 'quote',
          values: [ref(a, qa.text, qa), ref(b, qb.text, qb)],
          message: `The quotation is ${verdict}: “${qa.text}” in ${a.articleId}, “${qb.text}” in ${b.articleId}.`,
        });
      }
      if (qa.speakerId && qb.speakerId && qa.speakerId !== qb.speakerId) {
        result.divergences.push({
          aspect: 'attribution',
          values: [ref(a, qa.speakerId, qa), ref(b, qb.speakerId, qb)],
          message: `The same words are attributed to ${qa.speaker} in ${a.articleId} and to ${qb.speaker} in ${b.articleId}.`,
        });
      }
    }
  }
}

// One statement carries a hedge outside its quotations, the other none, and the hedge bears on
// something the other says: "the first hint that the two sides may be talking" hedges the
// talking, not the remark both report.
function certaintyDivergence(a: Statement, b: Statement): Divergence | null {
  if (a.hedged === b.hedged) return null;
  const [withMarker, plain] = a.hedged ? [a, b] : [b, a];
  const cue = cueOnShared(withMarker, withMarker.hedges.filter((c) => !c.inQuote), plain, HEDGE_REACH, 0);
  return cue ? stanceDivergence(withMarker, plain, cue, 'certainty') : null;
}

// Polarity is the content's, whoever voices it: a negation inside a quotation counts too. It
// must bear on what the two say alike, not on a clause of its own: "no president had met a North
// Korean leader before him" beside "Trump and Kim met three times" shares the meeting, the years
// and the names outside the negation's reach.
function polarityDivergence(a: Statement, b: Statement): Divergence | null {
  if (!a.negations.length === !b.negations.length) return null;
  const [withMarker, plain] = a.negations.length ? [a, b] : [b, a];
  const cue = cueOnShared(withMarker, withMarker.negations, plain, NEGATION_REACH, NEGATED_SHARE);
  return cue ? stanceDivergence(withMarker, plain, cue, 'polarity') : null;
}

function stanceDivergence(withMarker: Statement, plain: Statement, cue: Cue, aspect: 'certainty' | 'polarity'): Divergence {
  const [markedValue, plainValue, verb] = aspect === 'certainty' ? ['hedged', 'asserted', 'hedges'] : ['negated', 'affirmed', 'negates'];
  return {
    aspect,
    values: [ref(withMarker, markedValue, cue), ref(plain, plainValue, wholeStatement(plain))],
    message: `${withMarker.articleId} ${verb} ("${cue.text}") what ${plain.articleId} ${aspect === 'certainty' ? 'asserts' : 'affirms'}.`,
  };
}

/**
 * How far a negation reaches: the words after its cue, at most this many, and not past the end
 * of its clause (NegEx's window, as clinical text mining scopes a negation).
 */
const NEGATION_REACH = 6;
const CLAUSE_BREAK = /[,;:.!?—–()]/;
const CLAUSE_WORD = new Set(['but', 'although', 'though', 'while', 'whereas', 'because', 'yet', 'which', 'who']);
/**
 * How far a hedge reaches, within its clause: further than a negation, since a hedge qualifies a
 * whole proposition ("may have captured weapons airdropped by the US near Kobane"), and any one
 * shared content word within reach will do. On the FNC-1 bodies of the 150 largest claims this
 * leaves 811 certainty divergences of 972; in a sample of 15 of those dropped, 13 hedged a clause
 * the other statement does not have ("meaning it could easily have been misdiagnosed", "when
 * David Fincher was reportedly directing the film").
 */
const HEDGE_REACH = 12;
/**
 * The share of the content stems two statements have in common that a negation must reach to be
 * a divergence. On the FNC-1 bodies of the 150 largest claims, polarity divergences fell from 587
 * to 111 with this rule: of a sample of 19 dropped, 17 negated a clause of their own ("a video,
 * which has not been verified, shows ..." beside "a video shows ..."), or both sides denied
 * alike in other words ("could not stop the bleeding" / "unable to stem the bleeding"); the kept
 * ones oppose the other side ("Bale will not be playing Jobs" / "Bale had been the first choice
 * to play Jobs").
 */
const NEGATED_SHARE = 1 / 3;

/** The first of `cues` (in `marked`) that reaches enough of what it has in common with `plain`, or none. */
function cueOnShared(marked: Statement, cues: readonly Cue[], plain: Statement, reach: number, share: number): Cue | undefined {
  const tokens = tokenize(marked.text);
  const plainStems = new Set(contentStems(tokenize(plain.text)));
  const shared = new Set(contentStems(tokens).filter((stem) => plainStems.has(stem)));
  if (!shared.size) return undefined;
  return cues.find((cue) => {
    const at = indexInText(marked, cue);
    if (at < 0) return false;
    const reached = new Set<string>();
    let previousEnd = at + cue.text.length;
    let words = 0;
    for (const token of tokens) {
      if (token.start < previousEnd) continue;
      if (words++ === reach || CLAUSE_BREAK.test(marked.text.slice(previousEnd, token.start)) || CLAUSE_WORD.has(token.norm)) break;
      if (shared.has(token.stem) && isContentWord(token)) reached.add(token.stem);
      previousEnd = token.end;
    }
    return reached.size > 0 && reached.size >= share * shared.size;
  });
}

function compareStance(a: Statement, b: Statement, result: PairComparison) {
  const certainty = certaintyDivergence(a, b);
  const polarity = polarityDivergence(a, b);
  if (certainty) result.divergences.push(certainty);
  if (polarity) result.divergences.push(polarity);
  const sa = a.speaker?.speakerId;
  const sb = b.speaker?.speakerId;
  if (sa && sb && sa !== sb && !result.divergences.some((d) => d.aspect === 'attribution')) {
    result.divergences.push({
      aspect: 'attribution',
      values: [ref(a, sa, a.speaker!), ref(b, sb, b.speaker!)],
      message: `${a.articleId} attributes it to ${a.speaker!.speaker}, ${b.articleId} to ${b.speaker!.speaker}.`,
    });
  }
}
