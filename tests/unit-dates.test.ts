import { ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { dateParser, findDates, mayHoldDate, namesDate, parserFor, TIME_OF_DAY_PARSER } from '../src/extract/dates/index.js';
import { expectScreenKeepsEveryFind, seedSentences } from './support/screens.js';

// Published on 2025-04-01 at 09:00 in Seoul (UTC+9): a Tuesday.
const SEOUL_REF = { instant: new Date('2025-04-01T09:00:00+09:00'), timezone: 540 };

const only = (text: string, reference: Parameters<typeof findDates>[1] = SEOUL_REF) => {
  const dates = findDates(text, reference);
  expect(dates).toHaveLength(1);
  return dates[0]!;
};

describe('findDates', () => {
  it('resolves a weekday against the publication date: the day is implied, the weekday known', () => {
    const text = 'The ministers met on Monday in the port.';
    const date = only(text);
    expect(date.value).toBe('2025-03-31');
    expect(date.precision).toBe('day');
    expect(date.known).toEqual({ weekday: 1 });
    expect(date.implied).toEqual({ year: 2025, month: 3, day: 31 });
    expect(date.text).toBe('Monday');
    expect(text.slice(date.start, date.end)).toBe('Monday');
    expect(date.qualifier).toBeUndefined();
  });

  it('reads "February 2019" as a month', () => {
    const text = 'The plan was first drafted in February 2019.';
    const date = only(text);
    expect(date).toMatchObject({ value: '2019-02', precision: 'month', known: { year: 2019, month: 2 }, text: 'February 2019' });
    expect(date.known.day).toBeUndefined();
    expect(text.slice(date.start, date.end)).toBe('February 2019');
  });

  it('reads "Feb. 28, 2019" as a day, without the trailing comma', () => {
    const text = 'The deal was signed on Feb. 28, 2019, in the old town.';
    const date = only(text);
    expect(date).toMatchObject({ value: '2019-02-28', precision: 'day', known: { year: 2019, month: 2, day: 28 }, implied: {}, text: 'Feb. 28, 2019' });
    expect(text.slice(date.start, date.end)).toBe('Feb. 28, 2019');
  });

  it('reads bare years ("in 2018 and 2019") as two year dates', () => {
    const text = 'Summits were held in 2018 and 2019.';
    const dates = findDates(text, SEOUL_REF);
    expect(dates.map((d) => [d.value, d.precision, d.text, text.slice(d.start, d.end)])).toEqual([
      ['2018', 'year', '2018', '2018'],
      ['2019', 'year', '2019', '2019'],
    ]);
    expect(dates.map((d) => d.known)).toEqual([{ year: 2018 }, { year: 2019 }]);
  });

  it('keeps a qualifier: "early 2019", "mid-2020"', () => {
    expect(only('The project stalled in early 2019.')).toMatchObject({ value: '2019', precision: 'year', qualifier: 'early', text: '2019' });
    expect(only('It was released in mid-2020.')).toMatchObject({ value: '2020', qualifier: 'mid' });
  });

  it('takes no year for a count of things ("2019 troops")', () => {
    expect(findDates('Some 2019 troops were sent.', SEOUL_REF)).toEqual([]);
  });

  it('finds no June in a hyphenated name ("Lee Yong-jun")', () => {
    expect(findDates('Lee Yong-jun spoke to the press.', SEOUL_REF)).toEqual([]);
  });

  it('does not read "may" the verb or "march" the verb as months', () => {
    expect(findDates('Officials may travel abroad next spring.', SEOUL_REF)).toEqual([]);
    expect(findDates('Protesters march to the square.', SEOUL_REF)).toEqual([]);
  });

  it('reads "today", "yesterday" and "next month" in lower case as dates of the publication', () => {
    expect(only('The minister said today that talks would resume.')).toMatchObject({ text: 'today', value: '2025-04-01', precision: 'day' });
    expect(only('Officials confirmed yesterday that the letter had arrived.')).toMatchObject({ text: 'yesterday', value: '2025-03-31', precision: 'day' });
    expect(only('The envoys will meet tomorrow.')).toMatchObject({ text: 'tomorrow', value: '2025-04-02', precision: 'day' });
    expect(only('The summit is planned for next month.')).toMatchObject({ text: 'next month', value: '2025-05', precision: 'month', known: { year: 2025, month: 5 } });
    expect(only('Earlier this month the talks broke down.')).toMatchObject({ text: 'this month', value: '2025-04', precision: 'month' });
  });

  it('takes no single day for a week, a weekend or last night', () => {
    expect(findDates('Talks resumed last week.', SEOUL_REF)).toEqual([]);
    expect(findDates('Last week the talks resumed.', SEOUL_REF)).toEqual([]);
    expect(findDates('He will travel this weekend.', SEOUL_REF)).toEqual([]);
    expect(findDates('Shots were heard last night.', SEOUL_REF)).toEqual([]);
  });

  it('reads no date in "now", in durations or in days relative to another day', () => {
    expect(findDates('The talks are now in their third round.', SEOUL_REF)).toEqual([]);
    expect(findDates('A few days later the envoy left.', SEOUL_REF)).toEqual([]);
    expect(findDates('He flew home the next day.', SEOUL_REF)).toEqual([]);
  });

  it('keeps a named weekday or month without a number ("last Saturday", "in March")', () => {
    expect(only('The envoy arrived last Saturday.')).toMatchObject({ value: '2025-03-29', precision: 'day', known: { weekday: 6 } });
    expect(only('The plan was drafted in March.')).toMatchObject({ value: '2025-03', precision: 'month' });
  });

  it('does not read a duration as a date', () => {
    expect(findDates('He waited for two days.', SEOUL_REF)).toEqual([]);
  });

  it('without a reference, drops dates missing their year but keeps full ones', () => {
    expect(findDates('The ministers met on Monday in the port.', null)).toEqual([]);
    expect(findDates('The vote happened on March 31.', null)).toEqual([]);
    const full = only('The vote happened on March 31, 2024.', null);
    expect(full).toMatchObject({ value: '2024-03-31', precision: 'day', known: { year: 2024, month: 3, day: 31 } });
    expect(only('The deal was signed on 12/03/19 in Hanoi.', null)).toMatchObject({ value: '2019-12-03', precision: 'day' });
    expect(only('The summit was held in early 2019.', null)).toMatchObject({ value: '2019', precision: 'year' });
  });

  it('without a reference, drops dates relative to the day of writing, whose year chrono states as known', () => {
    for (const text of ['The minister said today that talks would resume.', 'Today the ministry said so.', 'He spoke last year about the plan.', 'Talks resume next month.', 'The talks began 3 years ago.']) {
      expect(findDates(text, null)).toEqual([]);
    }
    // Beside dates dropped for other reasons ("now") and relative ones ("today"), a date whose
    // year is not written out in full is still checked against the second reference, and kept.
    const mixed = findDates('Now the deal signed on 12/03/19 holds, and today it was renewed.', null);
    expect(mixed.map((date) => date.value)).toEqual(['2019-12-03']);
  });

  it('the same text gives the same dates whatever the reference, when the date is complete', () => {
    const text = 'The bridge opened on 12 March 2024.';
    expect(findDates(text, SEOUL_REF)).toEqual(findDates(text, { instant: new Date('2030-01-01T00:00:00Z'), timezone: 0 }));
  });

  it('fills a month-day date\'s year from the reference', () => {
    const date = only('The vote happened on March 28.');
    expect(date).toMatchObject({ value: '2025-03-28', precision: 'day', known: { month: 3, day: 28 }, implied: { year: 2025 } });
  });
});

describe('the parsers chosen for a text', () => {
  it("are chosen for every text on which chrono's parsers find anything with a date in it, and find what all of them find", () => {
    // Dates and durations written in words, words that only look like them, and times of day
    // with and without a date.
    const phrases = ['in ones.', 'for the d', 'three days ago', 'a few weeks later', 'last night', 'this morning', 'the day after tomorrow', 'next quarter', 'in a couple of months', 'on the twenty-first of March', 'Sat.', 'weekend', 'end of the month', '+2 hours', 'five years earlier', 'the 1990s', 'may', 'Mon, Tue', 'since 2019', 'at noon'];
    const times = ['The blast was heard at 11:05 p.m. on Saturday.', 'At about 11 a.m. ET on Thursday he left.', 'It was stamped Fri, 03 Oct 2014 17:06:32 GMT.', 'It starts at 10:30PM IST tonight.', 'At about 9:30 Saturday night the road closed.', 'AT 7:10 PM DECEMBER 13, 2014', 'The shops open at 9 a.m.', 'The vote closed at 20:00.'];
    // The patterns do not depend on the reference (checked below), so one reference will do.
    const dated = (text: string) => dateParser.parse(text, SEOUL_REF).some((r) => (['year', 'month', 'day', 'weekday'] as const).some((part) => r.start.isCertain(part)));
    const texts = [...seedSentences(), ...phrases, ...times];
    expectScreenKeepsEveryFind(texts, dated, (text) => parserFor(text) !== null);
    const found = (results: ReturnType<typeof dateParser.parse>) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);
    const chosen = texts.filter((text) => parserFor(text));
    expect(chosen.length).toBeGreaterThan(20);
    for (const text of chosen) expect(found(parserFor(text)!.parse(text, SEOUL_REF)), text).toEqual(found(dateParser.parse(text, SEOUL_REF)));
  });

  it('is preceded by a search for what a kept date has in its text, which every text with such a date passes', () => {
    // Dates in words, in capitals, in other cases, and words that only look like dates.
    const phrases = ['TODAY', 'Yesterday', 'last MONTH', 'the year before', 'Tuesday', 'Thurs.', 'Sept. 3', 'on the twenty-first of March', 'mid-June', 'may', 'march on', 'a Monday', 'tonight', 'three years ago', 'in a couple of months', 'last week', 'the day after tomorrow'];
    const times = ['At about 11 a.m. ET on Thursday he left.', 'AT 7:10 PM DECEMBER 13, 2014', 'The blast was heard at 11:05 p.m. on Saturday.'];
    const keeps = (text: string) => dateParser.parse(text, SEOUL_REF).some((result) => namesDate(result.text));
    expectScreenKeepsEveryFind([...seedSentences(), ...phrases, ...times], keeps, mayHoldDate);
    expect(findDates('Talks went on through the night and into the following week.', SEOUL_REF)).toEqual([]);
    expect(mayHoldDate('Talks went on through the night and into the following week.')).toBe(false);
  });

  it('leaves out times of day with no date, and finds the dates that come with a time', () => {
    expect(dateParser.parsers.filter((parser) => parser.constructor.name === TIME_OF_DAY_PARSER)).toHaveLength(1);
    for (const text of ['The shops open at 9 a.m.', 'The vote closed at 20:00.']) {
      expect(dateParser.parse(text, SEOUL_REF).length, text).toBeGreaterThan(0);
      expect(parserFor(text), text).toBeNull();
    }
    expect(only('At about 11 a.m. ET on Thursday he left.')).toMatchObject({ text: '11 a.m. ET on Thursday', known: { weekday: 4 } });
  });

  it('are chosen by patterns that do not depend on the reference date', () => {
    const contexts = [new ParsingContext('', SEOUL_REF, {}), new ParsingContext('', { instant: new Date('1999-12-31T23:00:00Z'), timezone: -300 }, {})];
    for (const parser of dateParser.parsers) {
      const [first, second] = contexts.map((context) => parser.pattern(context));
      expect(second!.source).toBe(first!.source);
      expect(second!.flags).toBe(first!.flags);
    }
  });
});
