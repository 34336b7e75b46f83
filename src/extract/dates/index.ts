import { casual, ParsingContext, type Chrono, type ParsedResult, type ParsingReference } from 'chrono-node';
import { keepShapeOf } from '../../shapes.js';
import type { DateMention, DateParts, DatePrecision } from '../../types.js';
import { yearParser } from './year-parser.js';

/** A date as found in a statement: offsets into the statement's text. */
export type RawDate = Omit<DateMention, 'start' | 'end'> & { start: number; end: number };

// chrono's casual English configuration, plus a parser for bare years. An ordered list of
// parsers, each in its own file, as chrono composes its own.
export const dateParser = casual.clone();
dateParser.parsers.push(yearParser);

const FIXED_REFERENCE = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };
const OTHER_REFERENCE = { instant: new Date('2013-07-18T12:00:00Z'), timezone: 0 };

const PARTS = ['year', 'month', 'day', 'weekday'] as const;

const CASUAL_DATE = /^(?:today|yesterday|tomorrow|tonight|(?:this|last|next) (?:month|year))$/;
const NAMED_DAY_OR_MONTH = /\b(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

// Words chrono takes along before a date: prepositions, articles, qualifiers.
const LEAD = /^(?:(?:on|in|at|of|by|since|from|until|and|or|to|through|between|before|after|during|the|an?|early|mid|late)[\s-]+)*/i;

/**
 * chrono's parser of times of day ("10:30 p.m."): it finds no date, only hours and minutes, which
 * `toDate` drops; a time with a date ("11 a.m. on Thursday") is merged into the date's result.
 */
export const TIME_OF_DAY_PARSER = 'ENTimeExpressionParser';

/**
 * Each parser's pattern, without the flags that make `test` keep state. chrono finds a result
 * only where one of its parsers' patterns matches, so a parser whose pattern does not match a
 * text finds nothing in it: each text is handed to a configuration of only the parsers whose
 * patterns match (`parserFor`), not to every parser in turn, and a text none of them matches
 * is not handed to chrono at all (three statements in four of news copy). Nor is one that only
 * the time of day's pattern matches: a time alone is dropped, and a date comes with a pattern of
 * its own (on the first 800 FNC-1 bodies, one statement in twelve has a time and no date).
 * chrono still runs that parser where a date's pattern matches too, so that "11 a.m. on
 * Thursday" stays one mention. The patterns do not depend on the reference date
 * (`tests/unit-dates.test.ts` checks it, and the parser's name).
 */
const PARSER_PATTERNS: readonly RegExp[] = (() => {
  const context = keepShapeOf(new ParsingContext('', FIXED_REFERENCE, {}));
  return dateParser.parsers.map((parser) => {
    const pattern = parser.pattern(context);
    return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  });
})();

const TIME_OF_DAY_AT = dateParser.parsers.findIndex((parser) => parser.constructor.name === TIME_OF_DAY_PARSER);

// The parsers that match a text, as bits of a number.
if (PARSER_PATTERNS.length > 31) throw new Error('more date parsers than bits in a mask');

/** chrono configurations by the mask of their parsers: a story's statements need a few dozen. */
const configurations = new Map<number, Chrono>();
const MAX_CONFIGURATIONS = 1_024;

/**
 * chrono's configuration of the parsers, in their order, whose patterns match `text`: it finds
 * what the whole configuration finds there. Null when none but the time of day's matches.
 */
export function parserFor(text: string): Chrono | null {
  let mask = 0;
  for (let i = 0; i < PARSER_PATTERNS.length; i++) if (PARSER_PATTERNS[i]!.test(text)) mask |= 1 << i;
  if ((mask & ~(1 << TIME_OF_DAY_AT)) === 0) return null;
  let configuration = configurations.get(mask);
  if (!configuration) {
    configuration = dateParser.clone();
    configuration.parsers = dateParser.parsers.filter((_, i) => mask & (1 << i));
    if (configurations.size >= MAX_CONFIGURATIONS) configurations.clear();
    configurations.set(mask, configuration);
  }
  return configuration;
}

/**
 * Whether `text` holds what every date `toDate` keeps has in its text: a digit, the name of a day
 * or a month (each of `NAMED_DAY_OR_MONTH`'s names begins with one of the three-letter prefixes
 * searched for), or a casual date's word. chrono's results are pieces of the text, so a text
 * with none of them has no date to keep. Tried before the parsers' patterns (`parserFor`): two
 * statements in three of news copy have none of these words (2 459 of the 3 734 of 200 FNC-1
 * bodies), and one search costs a fraction of testing some twenty patterns.
 */
export function mayHoldDate(text: string): boolean {
  return NUMBER_OR_NAME.test(text) || CASUAL_DATE_WORD.test(text);
}

const NUMBER_OR_NAME = /\d|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const CASUAL_DATE_WORD = /today|yesterday|tomorrow|tonight|month|year/i;

export function findDates(text: string, reference: ParsingReference | null): RawDate[] {
  const parser = mayHoldDate(text) ? parserFor(text) : null;
  if (!parser) return [];
  if (reference) return parse(parser, text, reference).flatMap((result) => toDate(text, result));
  // Without a publication date, a date missing its year ("Monday", "March 31") cannot be placed,
  // nor can one relative to the day it was written ("today", "last year", "3 years ago"): chrono
  // states their year as known, worked out from the reference it was given. A date whose year is
  // not written out in it is kept only when a second reference gives it the same known values.
  // Results `toDate` drops ("now", "last week", "for five years") need no second reference: only
  // the dates kept are checked (on the first 200 FNC-1 bodies, 128 second parses instead of 357).
  // A loop, not a chain of filter and map over chrono's results: V8 compiled the chain with a
  // check of the results array's kind that failed again after each recompilation (up to 110
  // deoptimisations in one comparison of 200 FNC-1 bodies).
  const found: Array<{ result: ParsedResult; dates: RawDate[] }> = [];
  const results = parse(parser, text, FIXED_REFERENCE);
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    if (!result.start.isCertain('year')) continue;
    const dates = toDate(text, result);
    if (dates.length > 0) found.push({ result, dates });
  }
  const written = (r: ParsedResult) => r.text.includes(String(r.start.get('year')));
  if (found.every(({ result }) => written(result))) return found.flatMap(({ dates }) => dates);
  const elsewhere = new Map(parse(parser, text, OTHER_REFERENCE).map((r) => [`${r.index}:${r.text}`, r.start]));
  const absolute = (r: ParsedResult) => {
    const other = elsewhere.get(`${r.index}:${r.text}`);
    return PARTS.every((part) => !r.start.isCertain(part) || (other?.isCertain(part) && other.get(part) === r.start.get(part)));
  };
  return found.filter(({ result }) => written(result) || absolute(result)).flatMap(({ dates }) => dates);
}

let resultKept = false;

/**
 * `parser`'s results for `text`. The first result of the process is kept, for the shapes of its
 * classes and of the components it holds (see `keepShapeOf`); parsing one at import instead
 * would add some 25 ms to loading the library.
 */
function parse(parser: Chrono, text: string, reference: ParsingReference): ParsedResult[] {
  const results = parser.parse(text, reference);
  if (!resultKept && results.length > 0) {
    keepShapeOf(results[0]!);
    resultKept = true;
  }
  return results;
}

function toDate(text: string, result: ParsedResult): RawDate[] {
  // Times of day and durations ("two days") are not the dates of facts.
  if (!result.start.isCertain('year') && !result.start.isCertain('month') && !result.start.isCertain('day') && !result.start.isCertain('weekday')) return [];
  // "for two weeks", "within days", "48 hours": durations.
  if (/^(for|within)\b|\b(seconds?|minutes?|hours?)\b/i.test(result.text)) return [];
  // "the next 4 years", "the past few weeks": spans of time, not dates.
  if (/\b(next|past|last|coming)\s+(?!year\b|month\b|week\b)\w+\s+(years|months|weeks|days)\b/i.test(result.text)) return [];
  // With no number, a date names a weekday or a month, capitalised ("Monday", "last March"), or
  // is a casual date of the publication ("today", "yesterday", "last month"). Not: "may" and
  // "march" (verbs), "now" (no date of a fact), "a few days", "the next day" (durations, dates
  // relative to another), "last week" and "this weekend" (no one day), "last night" (it straddles
  // two days; chrono takes the second, news copy mostly means the first).
  if (!namesDate(result.text)) return [];
  // "Yong-jun": a month inside a hyphenated word is part of the word.
  if (/[-\p{L}]$/u.test(text.slice(Math.max(0, result.index - 1), result.index))) return [];
  const known: DateParts = {};
  const implied: DateParts = {};
  for (const part of PARTS) {
    const value = result.start.get(part);
    if (value === null) continue;
    if (result.start.isCertain(part)) known[part] = value;
    else if (part !== 'weekday') implied[part] = value;
  }
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  const precision: DatePrecision = known.day !== undefined || known.weekday !== undefined ? 'day' : known.month !== undefined ? 'month' : 'year';
  // The mention covers the date itself, not the preposition or comma chrono takes along.
  const lead = LEAD.exec(result.text)![0];
  const surface = result.text.slice(lead.length).replace(/[\s,.;:]+$/, '') || result.text;
  const start = result.index + (surface === result.text ? 0 : lead.length);
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  const value = precision === 'day' ? `${year}-${pad(month)}-${pad(day)}` : precision === 'month' ? `${year}-${pad(month)}` : `${year}`;
  const qualifier = /\b(early|mid|late)[\s-]+$/i.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase() as RawDate['qualifier'];
  const date: RawDate = { text: surface, start, end: start + surface.length, value, precision, known, implied };
  if (qualifier) date.qualifier = qualifier;
  return [date];
}

/** Whether a result's text names a date: it has a number, names a weekday or a month, or is a casual date of the publication. */
export function namesDate(resultText: string): boolean {
  return /\d/.test(resultText) || NAMED_DAY_OR_MONTH.test(resultText) || CASUAL_DATE.test(resultText.replace(LEAD, '').toLowerCase());
}
