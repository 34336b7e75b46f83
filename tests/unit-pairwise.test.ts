import { describe, expect, it } from 'vitest';
import { comparePair } from '../src/compare/pairwise.js';
import { extractArticle } from '../src/extract/index.js';
import { ingestArticle, normalizeArticle } from '../src/ingest/index.js';
import { segmentArticle } from '../src/segment/index.js';
import type { Statement } from '../src/types.js';

/** The first statement of a one-sentence article, built through ingest → segment → extract. */
function statement(id: string, text: string, publishedAt = '2025-04-01'): Statement {
  const ingested = ingestArticle(normalizeArticle({ id, text, publishedAt }));
  const statements = extractArticle(ingested, segmentArticle(ingested)).statements;
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

const compare = (a: string, b: string, close = true) => comparePair(statement('a', a), statement('b', b), { close });

describe('comparePair: dates', () => {
  it('a month and a day within it are a refinement, not a divergence', () => {
    const result = compare('The bridge opened in March 2024.', 'The bridge opened on March 12, 2024.');
    expect(result.divergences).toEqual([]);
    expect(result.agreements).toEqual([]);
    expect(result.refinements).toHaveLength(1);
    const [refinement] = result.refinements;
    expect(refinement).toMatchObject({
      aspect: 'date',
      general: { statementId: 'a#0', articleId: 'a', value: '2024-03', text: 'March 2024', start: 21, end: 31 },
      specific: { statementId: 'b#0', articleId: 'b', value: '2024-03-12', text: 'March 12, 2024' },
    });
    expect(refinement!.message).toContain('b is more precise');
    expect(result.signals.dates).toBe(1);
  });

  it('the refinement points from general to specific whichever side is general', () => {
    const [refinement] = compare('The bridge opened on March 12, 2024.', 'The bridge opened in March 2024.').refinements;
    expect(refinement!.general.articleId).toBe('b');
    expect(refinement!.specific.articleId).toBe('a');
  });

  it('two different dates diverge', () => {
    const result = compare('The bridge opened in 2023.', 'The bridge opened in 2024.');
    expect(result.divergences).toHaveLength(1);
    expect(result.divergences[0]).toMatchObject({ aspect: 'date', values: [{ value: '2023', text: '2023' }, { value: '2024', text: '2024' }] });
    expect(result.refinements).toEqual([]);
    expect(result.signals.dates).toBe(-1);
  });

  it('a weekday and the full date it resolves to agree', () => {
    const result = compare('The bridge opened on Monday.', 'The bridge opened on March 31, 2025.');
    expect(result.agreements.map((a) => [a.aspect, a.value])).toEqual([['date', '2025-03-31']]);
    expect(result.divergences).toEqual([]);
  });

  it('the day two different speakers spoke agrees but is no sign of one fact; one speaker on one day is', () => {
    const twoSpeakers = compare('Jane Doe said on Monday that the bridge was safe.', 'Tom Reed said on March 31 that taxes would rise.');
    expect(twoSpeakers.agreements.map((a) => [a.aspect, a.value])).toEqual([['date', '2025-03-31']]);
    expect(twoSpeakers.signals.dates).toBe(0);
    expect(compare('Jane Doe said on Monday that the bridge was safe.', 'Jane Doe said on March 31 that taxes would rise.').signals.dates).toBe(1);
    // A date of what is said, not of the saying, still counts between two speakers.
    expect(compare('Jane Doe said the bridge opened on Monday.', 'Tom Reed said the bridge opened on March 31.').signals.dates).toBe(1);
  });
});

describe('comparePair: numbers', () => {
  it('different counts of the same unit diverge', () => {
    const result = compare('The council approved 40 new buses.', 'The council approved 45 new buses.');
    expect(result.divergences).toHaveLength(1);
    const [d] = result.divergences;
    expect(d).toMatchObject({ aspect: 'number', values: [{ value: '40', text: '40', articleId: 'a' }, { value: '45', text: '45', articleId: 'b' }] });
    expect(d!.message).toContain('buses');
    expect(result.signals.numbers).toBe(-1);
  });

  it('equal counts agree', () => {
    const result = compare('The council approved 40 new buses.', 'The council approved forty new buses.');
    expect(result.agreements.map((a) => [a.aspect, a.value])).toEqual([['number', '40']]);
    expect(result.divergences).toEqual([]);
    expect(result.signals.numbers).toBe(1);
  });

  it('numbers of different kinds neither agree nor diverge', () => {
    const result = compare('The council approved 40 new buses.', 'The council approved 45 percent of the plan.');
    expect(result.agreements).toEqual([]);
    expect(result.divergences).toEqual([]);
    expect(result.signals.numbers).toBe(0);
  });

  it('money amounts in the same currency diverge while a shared count agrees', () => {
    const result = compare('The dam cost $5 million and 30 workers built it.', 'The dam cost $6 million and 30 workers built it.');
    expect(result.divergences.map((d) => [d.aspect, d.values.map((v) => v.value)])).toEqual([['number', ['5000000', '6000000']]]);
    expect(result.agreements.map((a) => [a.aspect, a.value])).toEqual([['number', '30']]);
  });
});

describe('comparePair: names, stance and quotes', () => {
  it('a place swapped in the same slot diverges between close statements only', () => {
    const close = compare('Talks were held in Hanoi on trade.', 'Talks were held in Geneva on trade.');
    expect(close.divergences.map((d) => [d.aspect, d.values.map((v) => v.value)])).toEqual([['entity', ['hanoi', 'geneva']]]);
    expect(close.signals.entitySwap).toBe(1);
    const far = compare('Talks were held in Hanoi on trade.', 'Talks were held in Geneva on trade.', false);
    expect(far.divergences).toEqual([]);
    expect(far.signals.entitySwap).toBe(0);
  });

  it('a city and its country do not conflict; two cities do', () => {
    expect(compare('His father was extradited from London to Egypt in 2012.', 'His father was extradited from Britain to Egypt in 2012.').divergences).toEqual([]);
    expect(compare('The team flew from Chicago to Egypt.', 'The team flew from the United States to Egypt.').divergences).toEqual([]);
    const cities = compare('His father was extradited from London to Egypt in 2012.', 'His father was extradited from Manchester to Egypt in 2012.');
    expect(cities.divergences.map((d) => [d.aspect, d.values.map((v) => v.text)])).toEqual([['entity', ['London', 'Manchester']]]);
  });

  it('the slot of a name is the word before it past a determiner', () => {
    // "the" stands before both names, but one is governed by "in", the other by "near".
    expect(compare('The ministers met in the Netherlands on trade.', 'The ministers met near the Philippines on trade.').divergences).toEqual([]);
    const sameSlot = compare('The ministers met in the Netherlands on trade.', 'The ministers met in the Philippines on trade.');
    expect(sameSlot.divergences.map((d) => d.aspect)).toEqual(['entity']);
  });

  it('a hedge on one side only is a certainty divergence', () => {
    const result = compare('The bridge may reopen in March 2024.', 'The bridge reopened in March 2024.');
    expect(result.divergences.map((d) => [d.aspect, d.values.map((v) => v.value)])).toEqual([['certainty', ['hedged', 'asserted']]]);
    expect(result.divergences[0]!.values[0]!.text).toBe('may');
  });

  it('a hedge of a clause the other side does not have is no certainty divergence', () => {
    const remark = 'The president said Washington is in contact with Pyongyang';
    expect(compare(`${remark}, the first sign that the two sides may be talking.`, `${remark}.`).divergences).toEqual([]);
    // Within its reach, one shared word is enough: the hedge qualifies the whole proposition.
    const hedged = compare('Rebels may have captured weapons dropped by the army near the town.', 'Rebels took the weapons the army had dropped near the town.');
    expect(hedged.divergences.map((d) => [d.aspect, d.values[0]!.text])).toEqual([['certainty', 'may']]);
  });

  it('a negation on one side only is a polarity divergence', () => {
    const result = compare('The bridge did not reopen in 2024.', 'The bridge reopened in 2024.');
    expect(result.divergences.map((d) => [d.aspect, d.values.map((v) => v.value)])).toEqual([['polarity', ['negated', 'affirmed']]]);
  });

  it('a negation inside a quotation reaching the shared words is a polarity divergence too', () => {
    const result = compare('“We did not sign the deal,” the minister said.', 'The minister said they signed the deal.');
    expect(result.divergences.map((d) => d.aspect)).toEqual(['polarity']);
    expect(result.divergences[0]!.values[0]!.text).toBe('not');
  });

  it('a negation of a clause of its own is no polarity divergence', () => {
    // The words after "no" share only "met" of the five content words the two have in common.
    expect(compare('In 2019 Trump met Kim at the border, and no earlier president had met a North Korean leader.', 'Trump met Kim at the border in 2019.').divergences).toEqual([]);
    // "without" reaches "an agreement", which the other side does not mention.
    expect(compare('The talks in Hanoi ended without an agreement.', 'The talks ended in Hanoi.').divergences).toEqual([]);
    // The comma closes the negated clause before "opened the bridge".
    expect(compare('The mayor, who did not attend, opened the bridge.', 'The mayor opened the bridge.').divergences).toEqual([]);
  });

  it('a negation is matched to the clause it reaches, not to the first cue', () => {
    const result = compare('The council, not the mayor, said the bridge would not reopen in March.', 'The council said the bridge would reopen in March.');
    expect(result.divergences.map((d) => d.aspect)).toEqual(['polarity']);
    expect(result.divergences[0]!.values[0]).toMatchObject({ text: 'not', start: 50 });
  });

  it('an altered quotation is a quote divergence with the verdict in the message', () => {
    const result = compare('“We are ready to talk,” Jane Doe said.', '“We are willing to talk,” Jane Doe said.');
    expect(result.divergences).toHaveLength(1);
    expect(result.divergences[0]!.aspect).toBe('quote');
    expect(result.divergences[0]!.message).toContain('altered');
    expect(result.signals.quote).toBeGreaterThan(0.6);
    expect(result.signals.quote).toBeLessThan(1);
  });

  it('the same words from two different speakers are an attribution divergence', () => {
    const result = compare('“We are ready to talk,” Jane Doe said.', '“We are ready to talk,” Tom Reed said.');
    expect(result.agreements.map((a) => [a.aspect, a.value])).toEqual([['quote', 'We are ready to talk']]);
    expect(result.divergences.find((d) => d.aspect === 'attribution')?.values.map((v) => v.value)).toEqual(['jane-doe', 'tom-reed']);
    expect(result.signals.quote).toBe(1);
  });

  it('identical statements only agree', () => {
    const text = 'The council approved 40 new buses on Monday.';
    const result = compare(text, text);
    expect(result.divergences).toEqual([]);
    expect(result.refinements).toEqual([]);
    expect(result.agreements.map((a) => `${a.aspect}=${a.value}`).sort()).toEqual(['date=2025-03-31', 'number=40']);
  });
});
