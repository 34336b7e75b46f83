import { describe, expect, it } from 'vitest';
import { findHedges } from '../src/extract/hedges.js';
import { findNegations } from '../src/extract/negation.js';
import { findQuotes, insideQuotes } from '../src/extract/quotes.js';

const quoted = (text: string) => findQuotes(text).map((q) => ({ text: q.text, span: text.slice(q.start, q.end) }));

describe('findQuotes', () => {
  it('finds curly double quotes; start/end cover the words only', () => {
    const text = 'He said “we are ready” and left.';
    expect(findQuotes(text)).toEqual([{ start: 9, end: 21, text: 'we are ready' }]);
  });

  it('finds straight double quotes', () => {
    expect(quoted('He said "we are ready" and left.')).toEqual([{ text: 'we are ready', span: 'we are ready' }]);
  });

  it('trims the comma a quotation ends with', () => {
    expect(quoted('“We will rebuild,” the mayor said.')).toEqual([{ text: 'We will rebuild', span: 'We will rebuild' }]);
  });

  it('finds a single-quoted word in a headline', () => {
    expect(quoted("Mayor Calls Plan 'Reckless' After Vote")).toEqual([{ text: 'Reckless', span: 'Reckless' }]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(findQuotes("Korea's envoy met Japan's minister.")).toEqual([]);
    expect(findQuotes("The officials' plan won't pass.")).toEqual([]);
    expect(quoted("It's the 'best' deal, they're sure.")).toEqual([{ text: 'best', span: 'best' }]);
  });

  it('finds guillemets', () => {
    expect(quoted('«Nous sommes prêts», dit-il.')).toEqual([{ text: 'Nous sommes prêts', span: 'Nous sommes prêts' }]);
  });

  it('finds several quotations in text order', () => {
    expect(findQuotes('“First,” he said, “second.”').map((q) => q.text)).toEqual(['First', 'second.']);
  });

  it('insideQuotes counts the marks as inside', () => {
    const text = 'He said “yes” twice.';
    const quotes = findQuotes(text);
    expect(insideQuotes(quotes, text.indexOf('“'))).toBe(true);
    expect(insideQuotes(quotes, text.indexOf('yes'))).toBe(true);
    expect(insideQuotes(quotes, text.indexOf('”'))).toBe(true);
    expect(insideQuotes(quotes, text.indexOf('twice'))).toBe(false);
    expect(insideQuotes(quotes, 0)).toBe(false);
  });
});

describe('findHedges', () => {
  it('finds hedging cues with their offsets', () => {
    const text = 'Talks are likely to resume, reportedly next week.';
    expect(findHedges(text)).toEqual([
      { start: 10, end: 16, text: 'likely' },
      { start: 28, end: 38, text: 'reportedly' },
    ]);
  });

  it('finds the modal "may" but not the month "May" mid-sentence', () => {
    expect(findHedges('The talks may resume in May.').map((h) => [h.text, h.start])).toEqual([['may', 10]]);
    expect(findHedges('In May the talks resumed.')).toEqual([]);
  });

  it('finds multi-word cues ("appears to", "cannot be ruled out")', () => {
    expect(findHedges('The plan appears to work.').map((h) => h.text)).toEqual(['appears to']);
    expect(findHedges('A delay cannot be ruled out.').map((h) => h.text)).toEqual(['cannot be ruled out']);
  });

  it('finds nothing in a plain assertion', () => {
    expect(findHedges('The council approved the budget on Monday.')).toEqual([]);
  });
});

describe('findNegations', () => {
  it('finds negators and contractions', () => {
    expect(findNegations('They did not agree and never will.')).toEqual([
      { start: 9, end: 12, text: 'not' },
      { start: 23, end: 28, text: 'never' },
    ]);
    expect(findNegations("He didn't attend; nobody did.").map((n) => n.text)).toEqual(["didn't", 'nobody']);
    expect(findNegations("It can't work without funds.").map((n) => n.text)).toEqual(["can't", 'without']);
  });

  it('does not read "No." before a number as a negation', () => {
    expect(findNegations('No. 10 confirmed it.')).toEqual([]);
    expect(findNegations('No deal was reached.').map((n) => n.text)).toEqual(['No']);
  });

  it('does not count verbs of refusal', () => {
    expect(findNegations('The offer was declined and the claim denied.')).toEqual([]);
  });
});
