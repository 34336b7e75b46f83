import type { EntityType } from '../types.js';
import { canBeVerb, isCommonWord, isStopword } from '../text/lexicon.js';
import type { Token } from '../text/tokens.js';
import { longestPhrase, lookupPlace } from './gazetteer.js';

/** An entity as named in one statement, before names are resolved across the article. */
export interface RawEntityMention {
  /** Offsets into the statement's text. */
  start: number;
  end: number;
  text: string;
  /** The name the mention stands for: a country for "Swiss", the full name a title introduced. */
  name: string;
  type: EntityType;
  /** Type read from a title or keyword (firm), or only guessed from the name's shape. */
  typeSource: 'gazetteer' | 'title' | 'keyword' | 'context' | 'shape' | 'none';
}

// Words that precede a person's name without being part of it.
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'finance', 'secretary', 'chairman', 'chairwoman',
  'chair', 'leader', 'chief', 'general', 'gen', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor', 'mr',
  'mrs', 'ms', 'dr', 'prof', 'professor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador',
  'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'former', 'deputy', 'special', 'adviser', 'advisor', 'director',
  'commander', 'lt', 'col', 'capt', 'sgt', 'rev', 'sir', 'lord', 'lady', 'dame', 'premier', 'chancellor', 'emperor',
  'sheikh', 'crown', 'first', 'lady', 'coach', 'ceo', 'founder', 'officer', 'speaker', 'attorney',
]);
const ORGANIZATION_WORDS = new Set([
  'agency', 'service', 'ministry', 'department', 'house', 'office', 'university', 'college', 'council', 'committee',
  'news', 'daily', 'times', 'post', 'press', 'party', 'army', 'navy', 'force', 'forces', 'bank', 'company', 'inc', 'corp',
  'group', 'organization', 'organisation', 'nations', 'union', 'court', 'congress', 'assembly', 'commission', 'institute',
  'foundation', 'association', 'federation', 'board', 'bureau', 'administration', 'government', 'parliament', 'senate',
  'network', 'ilbo', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'reuters', 'yonhap', 'broadcasting', 'center',
  'centre', 'fund', 'authority', 'police', 'guard', 'cabinet', 'secretariat', 'corporation', 'holdings', 'airlines', 'club',
]);
const PLACE_WORDS = new Set([
  'zone', 'village', 'city', 'province', 'island', 'islands', 'river', 'sea', 'ocean', 'mountain', 'mountains', 'valley',
  'peninsula', 'strait', 'gulf', 'county', 'street', 'square', 'bridge', 'district', 'region', 'border', 'coast', 'lake',
  'airport', 'port', 'base', 'park', 'avenue', 'road',
]);
const OTHER_WORDS = new Set([
  'prize', 'award', 'day', 'war', 'treaty', 'act', 'report', 'summit', 'games', 'cup', 'olympics', 'accord', 'agreement',
  'law', 'bill', 'conference', 'festival', 'week', 'plan', 'initiative', 'program', 'programme', 'declaration', 'assessment',
]);
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday',
]);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'from', 'into', 'via', 'around', 'throughout', 'visit', 'visited', 'visiting']);
const ACTOR_BEFORE = new Set(['between', 'with', 'and', 'by', 'against', 'toward', 'towards', 'for', 'on', 'pressure', 'urged', 'told', 'than']);
const SAYING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'confirmed', 'noted', 'warned', 'explained', 'announced', 'replied', 'responded', 'wrote', 'argued', 'insisted', 'denied', 'claimed']);
const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', '&']);

export interface EntityContext {
  /** Lower-cased words the article capitalises somewhere other than at a sentence start. */
  namesInArticle: ReadonlySet<string>;
  /** Title case text (a headline): every word is capitalised, so capitals say nothing. */
  titleCase: boolean;
}

/** Finds the names in one statement: places from the gazetteer, then runs of capitalised words. */
export function findEntityMentions(text: string, tokens: readonly Token[], context: EntityContext): RawEntityMention[] {
  const mentions: RawEntityMention[] = [];
  const runs = capitalisedRuns(text, tokens, context);
  for (const run of runs) mentions.push(...readRun(text, tokens, run, context));
  return mentions;
}

interface Run {
  from: number;
  to: number; // exclusive token index
}

function isNameWord(token: Token, index: number, tokens: readonly Token[], text: string, context: EntityContext): boolean {
  if (!token.capitalized || token.numeric) return false;
  if (DATE_WORDS.has(token.norm) && !(token.norm === 'may' && tokens[index + 1]?.capitalized)) return false;
  if (token.text === 'I' || /^I['’]/.test(token.text)) return false;
  // "inter-Korean", "pro-Western": a capital after a hyphenated prefix is an adjective, not a name.
  const previous = tokens[index - 1];
  if (previous && !previous.capitalized && text.slice(previous.end, token.start) === '-') return false;
  const atStart = index === 0 || /[.!?:]["”’]?\s*["“‘]?\s*$/.test(text.slice(tokens[index - 1]!.end, token.start)) || /^["“‘(]\s*$/.test(text.slice(0, token.start));
  // In a headline every word is capitalised: only names the article uses elsewhere, or known places, count.
  if (context.titleCase && !context.namesInArticle.has(token.norm)) return Boolean(lookupPlace([token.text]));
  if (atStart && !context.namesInArticle.has(token.norm)) {
    // A capitalised common word at a sentence start is not a name
    // unless a known name follows it directly ("North Korea").
    if (isStopword(token.norm)) return false;
    if (isCommonWord(token.norm) && !TITLES.has(token.norm)) {
      const next = tokens[index + 1];
      const joined = next && /^[\s-]$/.test(text.slice(token.end, next.start));
      if (!joined || !next.capitalized || !lookupPlace([token.text, next.text])) return false;
    }
  }
  return true;
}

function capitalisedRuns(text: string, tokens: readonly Token[], context: EntityContext): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const midSentenceThe = token.norm === 'the' && i > 0 && tokens[i + 1]?.capitalized && !context.titleCase;
    if (!midSentenceThe && (isStopword(token.norm) || !isNameWord(token, i, tokens, text, context))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const previous = tokens[j - 1]!;
      const gap = text.slice(previous.end, tokens[j]!.start);
      if (!/^(\s|-)$/.test(gap) || /['’]s$/.test(previous.text)) break;
      const next = tokens[j]!;
      if (isNameWord(next, j, tokens, text, context)) {
        j++;
        continue;
      }
      // "Ministry of Unification", "Office of the Director of National Intelligence".
      if (CONNECTORS.has(next.norm) && !next.capitalized && (ORGANIZATION_WORDS.has(previous.norm) || TITLES.has(previous.norm) || previous.norm === 'of')) {
        let k = j + 1;
        while (k < tokens.length && tokens[k]!.norm === 'the') k++;
        if (k < tokens.length && tokens[k]!.capitalized && isNameWord(tokens[k]!, k, tokens, text, context)) {
          j = k;
          continue;
        }
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

function readRun(text: string, tokens: readonly Token[], run: Run, context: EntityContext): RawEntityMention[] {
  const words = tokens.slice(run.from, run.to);
  const mentions: RawEntityMention[] = [];
  const hasOrgWord = words.some((w) => ORGANIZATION_WORDS.has(w.norm));
  let from = run.from;
  if (tokens[from]!.norm === 'the') {
    from++;
    if (from >= run.to) return [];
  }
  // A run naming an organisation is one name ("University of North Korean Studies"), though a
  // leading country stays apart ("U.S. Office of ...").
  if (hasOrgWord && !lookupPlace(tokens.slice(from, run.to).map((t) => t.text))) {
    const lead = matchPlace(tokens, from, run.to);
    if (lead && lead.to < run.to) {
      mentions.push(placeMention(text, tokens, from, lead.to, lead.entry, context));
      from = lead.to;
    }
    while (from < run.to && TITLES.has(tokens[from]!.norm) && !ORGANIZATION_WORDS.has(tokens[from]!.norm) && from + 1 < run.to) from++;
    mentions.push(named(text, tokens, from, run.to, 'organization', 'keyword'));
    return mentions;
  }
  let segmentStart = from;
  const flush = (end: number) => {
    if (end > segmentStart) mentions.push(...readNameSegment(text, tokens, segmentStart, end));
  };
  let i = from;
  while (i < run.to) {
    const place = matchPlace(tokens, i, run.to);
    if (place) {
      flush(i);
      mentions.push(placeMention(text, tokens, i, place.to, place.entry, context));
      i = place.to;
      segmentStart = i;
    } else i++;
  }
  flush(run.to);
  return mentions;
}

function matchPlace(tokens: readonly Token[], from: number, to: number) {
  for (let length = Math.min(longestPhrase(), to - from); length >= 1; length--) {
    const entry = lookupPlace(tokens.slice(from, from + length).map((t) => t.text));
    if (entry) return { entry, to: from + length };
  }
  return null;
}

function placeMention(text: string, tokens: readonly Token[], from: number, to: number, entry: NonNullable<ReturnType<typeof lookupPlace>>, context: EntityContext): RawEntityMention {
  const mention = named(text, tokens, from, to, entry.type, 'gazetteer');
  if (entry.role === 'demonym') return { ...mention, name: entry.country! };
  if (entry.role === 'capital') return { ...mention, name: capitalActsAsCountry(text, tokens, from, to, context) ? entry.country! : entry.name };
  return { ...mention, name: entry.name };
}

/**
 * "Pyongyang has yet to respond", "talks with Washington", "Washington-Pyongyang talks": the
 * capital stands for its government. "in Washington", "the Hanoi summit": it is the city.
 */
function capitalActsAsCountry(text: string, tokens: readonly Token[], from: number, to: number, context: EntityContext): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const last = tokens[to - 1]!;
  if (before && text.slice(before.end, tokens[from]!.start) === '-' && before.capitalized) return true;
  if (after && text.slice(last.end, after.start) === '-' && after.capitalized) return true;
  if (before && LOCATIVE.has(before.norm)) return false;
  if (/['’]s$/.test(last.text)) return true;
  if (before && ACTOR_BEFORE.has(before.norm)) return true;
  if (!after || /^[\s]*[,.;:!?)]/.test(text.slice(last.end))) return !context.titleCase;
  let next = to;
  while (next < tokens.length && /ly$/.test(tokens[next]!.norm) && tokens[next]!.norm !== 'likely') next++;
  const following = tokens[next] ?? after;
  if (following.norm === 'likely' || following.norm === 'reportedly') return true;
  return !following.capitalized && canBeVerb(following.norm) && !/(ion|ment|ness|ship)s?$/.test(following.norm) && following.norm !== 'summit';
}

function readNameSegment(text: string, tokens: readonly Token[], from: number, to: number): RawEntityMention[] {
  let start = from;
  let titled = false;
  while (start < to - 1 && TITLES.has(tokens[start]!.norm)) {
    start++;
    titled = true;
  }
  if (start === to - 1 && TITLES.has(tokens[start]!.norm)) return [];
  const words = tokens.slice(start, to);
  const last = words[words.length - 1]!;
  if (words.length === 1 && /^(\p{Lu}\.){1,2}$/u.test(last.text) && /,\s*$/.test(text.slice(0, last.start))) return []; // "Washington, D.C."
  if (titled) return [named(text, tokens, start, to, 'person', 'title')];
  if (ORGANIZATION_WORDS.has(last.norm)) return [named(text, tokens, start, to, 'organization', 'keyword')];
  if (PLACE_WORDS.has(last.norm)) return [named(text, tokens, start, to, 'place', 'keyword')];
  if (OTHER_WORDS.has(last.norm)) return [named(text, tokens, start, to, 'other', 'keyword')];
  const before = tokens[start - 1];
  const preceding = before ? text.slice(Math.max(0, before.start - 12), before.end).toLowerCase() : '';
  if (before && (LOCATIVE.has(before.norm) || /\b(village|city|town|province|region|capital) of$/.test(preceding))) {
    if (words.length <= 3 && !words.some((w) => /-\p{Ll}/u.test(w.text))) return [named(text, tokens, start, to, 'place', 'context')];
  }
  // "Smith said", "said Smith": a name next to a verb of saying is a person's.
  const after = tokens[to];
  if ((after && SAYING.has(after.norm)) || (before && SAYING.has(before.norm) && /,\s*$/.test(text.slice(0, before.start)) === false && words.length <= 3)) {
    return [named(text, tokens, start, to, 'person', 'context')];
  }
  if (/^\p{Lu}{2,6}$/u.test(last.text) && words.length === 1) return [named(text, tokens, start, to, 'organization', 'shape')];
  if (words.some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w.text)) || (words.length >= 2 && words.length <= 4)) {
    return [named(text, tokens, start, to, 'person', 'shape')];
  }
  return [named(text, tokens, start, to, 'other', 'none')];
}

function named(text: string, tokens: readonly Token[], from: number, to: number, type: EntityType, typeSource: RawEntityMention['typeSource']): RawEntityMention {
  const start = tokens[from]!.start;
  const last = tokens[to - 1]!;
  const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
  const surface = text.slice(start, end);
  return { start, end, text: surface, name: surface.replace(/\s+/g, ' '), type, typeSource };
}
