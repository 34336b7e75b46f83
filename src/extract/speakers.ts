import type { Token } from '../text/tokens.js';
import type { RawQuote } from './quotes.js';
import { insideQuotes } from './quotes.js';

/** Who a statement says is speaking, before pronouns are resolved. Offsets in the statement's text. */
export interface RawAttribution {
  start: number;
  end: number;
  text: string;
  verb: string;
  /** Index into the statement's entity mentions, when the speaker is a named person or body. */
  mention?: number;
  pronoun?: string;
}

export interface MentionSpan {
  start: number;
  end: number;
  type: string;
}

const VERBS = /\b(said|says|say|told|tells|added|adds|stated|states|confirmed|confirms|noted|notes|claimed|claims|warned|warns|explained|explains|announced|announces|responded|replied|answered|wrote|writes|argued|argues|insisted|stressed|asserted|acknowledged|admitted|denied|denies|informed|emphasi[sz]ed|declared|remarked|commented|tweeted|posted|according to)\b/gi;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
// Nouns that name a speaker by role: "a White House spokesperson stated".
const ROLE_NOUN = /^(spokes(?:person|man|woman)|officials?|sources?|analysts?|experts?|diplomats?|ministers?|advis[oe]rs?|aides?|envoys?|observers?|lawmakers?|residents?|witness(?:es)?|police|authorities|researchers?|statement|report|media|representatives?)$/i;
const SKIPPABLE = new Set(['also', 'later', 'once', 'again', 'then', 'previously', 'reportedly', 'recently', 'earlier', 'has', 'have', 'had', 'was', 'were']);

export function findAttribution(text: string, tokens: readonly Token[], quotes: readonly RawQuote[], mentions: readonly MentionSpan[]): RawAttribution | null {
  for (const match of text.matchAll(VERBS)) {
    const at = match.index;
    if (insideQuotes(quotes, at)) continue;
    const verb = match[0].toLowerCase();
    const found = verb === 'according to' ? after(text, tokens, mentions, at + verb.length) : before(text, tokens, quotes, mentions, at) ?? inverted(text, tokens, mentions, at + verb.length);
    if (found) return { ...found, verb };
  }
  return null;
}

type Found = Omit<RawAttribution, 'verb'>;

function mentionAt(mentions: readonly MentionSpan[], start: number, end: number): number {
  return mentions.findIndex((m) => m.start <= start && m.end >= end && m.type !== 'place');
}

// "according to Yonhap News Agency", "said Yang": a name or pronoun right after the verb.
function after(text: string, tokens: readonly Token[], mentions: readonly MentionSpan[], from: number): Found | null {
  const next = tokens.find((t) => t.start >= from);
  if (!next) return null;
  if (PRONOUNS.has(next.norm)) return { start: next.start, end: next.end, text: next.text, pronoun: next.norm };
  const index = mentions.findIndex((m) => m.start >= next.start && m.start <= next.start + 4 && m.type !== 'place');
  if (index < 0) {
    // "according to a spokesman", "according to officials in Seoul".
    const following = tokens.filter((t) => t.start >= next.start).slice(0, 5);
    const role = following.findIndex((t) => ROLE_NOUN.test(t.norm));
    if (role < 0 || /[,.;:]/.test(text.slice(next.start, following[role]!.start))) return null;
    return { start: next.start, end: following[role]!.end, text: text.slice(next.start, following[role]!.end) };
  }
  const mention = mentions[index]!;
  return { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), mention: index };
}

function inverted(text: string, tokens: readonly Token[], mentions: readonly MentionSpan[], verbEnd: number): Found | null {
  const verbStart = text.lastIndexOf(' ', verbEnd - 1);
  return /[,”"]\s*$/.test(text.slice(0, Math.max(0, verbStart + 1))) ? after(text, tokens, mentions, verbEnd) : null;
}

// The subject before the verb, within the clause that follows the last closing quotation mark.
function before(text: string, tokens: readonly Token[], quotes: readonly RawQuote[], mentions: readonly MentionSpan[], verbAt: number): Found | null {
  const lastQuote = quotes.filter((q) => q.end < verbAt).pop();
  const windowStart = lastQuote ? lastQuote.end + 1 : 0;
  const window = tokens.filter((t) => t.start >= windowStart && t.end <= verbAt);
  let k = window.length - 1;
  while (k >= 0 && SKIPPABLE.has(window[k]!.norm)) k--;
  const subject = window[k];
  if (!subject) return null;
  const direct = mentionAt(mentions, subject.start, subject.end);
  const appositive = appositivePerson(mentions, windowStart, verbAt, text);
  if (direct >= 0) {
    const mention = mentions[direct]!;
    if (mention.type === 'person') return { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), mention: direct };
    if (appositive) return appositive;
    if (mention.type === 'organization') return { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), mention: direct };
  }
  if (PRONOUNS.has(subject.norm)) return { start: subject.start, end: subject.end, text: subject.text, pronoun: subject.norm };
  if (ROLE_NOUN.test(subject.norm)) {
    // The noun phrase around the role noun: back to its determiner or the clause's start.
    let first = k;
    while (first > 0 && !/[,;:]/.test(text.slice(window[first - 1]!.end, window[first]!.start)) && !/^(a|an|the)$/.test(window[first]!.norm) && k - first < 8) first--;
    const start = window[first]!.start;
    const inside = mentions.findIndex((m) => m.start >= start && m.end <= subject.end && m.type === 'organization');
    const found: Found = { start, end: subject.end, text: text.slice(start, subject.end) };
    if (inside >= 0) found.mention = inside;
    return found;
  }
  return appositive;
}

// An appositive between name and verb: "Yang Moo-jin, president of the University ..., said".
function appositivePerson(mentions: readonly MentionSpan[], windowStart: number, verbAt: number, text: string): Found | null {
  // The last person named in the window (a loop: lists made by `map` and `filter` in V8's
  // compiled code were of another kind than before, and this was dropped at each).
  let closest = -1;
  for (let index = 0; index < mentions.length; index++) {
    const m = mentions[index]!;
    if (m.type === 'person' && m.start >= windowStart && m.end <= verbAt && verbAt - m.end <= 90) closest = index;
  }
  if (closest < 0) return null;
  const { start, end } = mentions[closest]!;
  return /,/.test(text.slice(end, verbAt)) ? { start, end, text: text.slice(start, end), mention: closest } : null;
}
