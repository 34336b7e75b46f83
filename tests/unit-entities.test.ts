import { describe, expect, it } from 'vitest';
import { compareArticles } from '../src/index.js';
import { extractArticle } from '../src/extract/index.js';
import { ingestArticle, normalizeArticle } from '../src/ingest/index.js';
import { segmentArticle } from '../src/segment/index.js';

function extract(text: string, publishedAt?: string) {
  const ingested = ingestArticle(normalizeArticle({ id: 'a', text, ...(publishedAt ? { publishedAt } : {}) }));
  return extractArticle(ingested, segmentArticle(ingested));
}

/** `surface->entityId:type` for every mention of a statement. */
const mentions = (statement: { entities: Array<{ text: string; entityId: string; type: string }> }) =>
  statement.entities.map((e) => `${e.text}->${e.entityId}:${e.type}`);

describe('extractArticle: places and demonyms', () => {
  const text =
    'Pyongyang has rejected the offer, the Swiss foreign ministry said. North Korean media did not comment.\n\nThe envoy stayed in Pyongyang for a week.';
  const { statements, entityNames } = extract(text);

  it('reads a demonym as its country ("Swiss" → switzerland, "North Korean" → north-korea)', () => {
    expect(mentions(statements[0]!)).toContain('Swiss->switzerland:place');
    expect(mentions(statements[1]!)).toEqual(['North Korean->north-korea:place']);
    expect(entityNames.get('switzerland')).toBe('Switzerland');
    expect(entityNames.get('north-korea')).toBe('North Korea');
  });

  it('reads a demonym several territories share as the member state ("American", "French")', () => {
    const { statements: s } = extract('The American president met French diplomats.');
    expect(mentions(s[0]!)).toEqual(['American->united-states:place', 'French->france:place']);
  });

  it('reads a capital acting as a government as its country, and a capital as a place as the city', () => {
    expect(mentions(statements[0]!)).toEqual(['Pyongyang->north-korea:place', 'Swiss->switzerland:place']);
    expect(mentions(statements[2]!)).toEqual(['Pyongyang->pyongyang:place']);
  });

  it('maps mention offsets to the original text', () => {
    for (const s of statements) for (const e of s.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(statements[2]!.entities[0]!.start).toBe(text.lastIndexOf('Pyongyang'));
  });

  it('reads "talks with Washington" as the country and "in Washington" as the city', () => {
    const { statements: s } = extract('Talks with Washington stalled. Officials in Washington were silent.');
    expect(mentions(s[0]!)).toEqual(['Washington->united-states:place']);
    expect(mentions(s[1]!)).toEqual(['Washington->washington:place']);
  });
});

describe('extractArticle: people, aliases and speakers', () => {
  const text = [
    'Prime Minister Jane Doe visited the harbor in Ardenport on Monday.',
    'Doe met dock workers there, officials said.',
    '“We will rebuild this port,” Doe said.',
    '“It will take time,” he said.',
  ].join('\n\n');
  const { statements, entityNames, entityTypes } = extract(text, '2025-04-01');

  it('strips the title from a person\'s name', () => {
    expect(mentions(statements[0]!)).toEqual(['Jane Doe->jane-doe:person', 'Ardenport->ardenport:place']);
    const mention = statements[0]!.entities[0]!;
    expect(text.slice(mention.start, mention.end)).toBe('Jane Doe');
    expect(entityNames.get('jane-doe')).toBe('Jane Doe');
    expect([...entityTypes.get('jane-doe')!.keys()]).toEqual(['person']);
  });

  it('resolves a later surname to the full name', () => {
    expect(mentions(statements[1]!)).toEqual(['Doe->jane-doe:person']);
    expect(mentions(statements[2]!)).toEqual(['Doe->jane-doe:person']);
    expect(entityNames.has('doe')).toBe(false);
  });

  it('attributes "…,” Doe said." to Jane Doe, with the speaker id on the quote', () => {
    const s = statements[2]!;
    expect(s.speaker).toMatchObject({ speaker: 'Jane Doe', speakerId: 'jane-doe', verb: 'said', text: 'Doe' });
    expect(text.slice(s.speaker!.start, s.speaker!.end)).toBe('Doe');
    expect(s.quotes).toHaveLength(1);
    expect(s.quotes[0]).toMatchObject({ text: 'We will rebuild this port', speaker: 'Jane Doe', speakerId: 'jane-doe' });
    expect(text.slice(s.quotes[0]!.start, s.quotes[0]!.end)).toBe('We will rebuild this port');
  });

  it('resolves "he said" to the last person named', () => {
    const s = statements[3]!;
    expect(s.speaker).toMatchObject({ speaker: 'Jane Doe', speakerId: 'jane-doe', verb: 'said', text: 'he' });
    expect(s.quotes[0]).toMatchObject({ text: 'It will take time', speakerId: 'jane-doe' });
  });

  it('keeps a role noun as the speaker, without an id', () => {
    expect(statements[1]!.speaker).toMatchObject({ speaker: 'officials', text: 'officials', verb: 'said' });
    expect(statements[1]!.speaker!.speakerId).toBeUndefined();
  });

  it('extracts the statement\'s date against the publication date', () => {
    expect(statements[0]!.dates.map((d) => [d.value, d.text, text.slice(d.start, d.end)])).toEqual([['2025-03-31', 'Monday', 'Monday']]);
  });

  it('"he" resolves to the most recent person, not the first', () => {
    const { statements: s } = extract('Mayor Ana Lupo opened the hall.\n\nGovernor Piet Brand arrived later.\n\n“This is a fine day,” he said.');
    expect(s[2]!.speaker).toMatchObject({ speaker: 'Piet Brand', speakerId: 'piet-brand' });
  });
});

describe('extractArticle: cues on statements', () => {
  const { statements } = extract('The bridge may reopen in June.\n\n“It will not reopen,” the engineer said.\n\nThe bridge did not reopen.');

  it('marks a statement hedged by the outlet', () => {
    expect(statements[0]!.hedged).toBe(true);
    expect(statements[0]!.hedges.map((h) => [h.text, h.inQuote])).toEqual([['may', false]]);
  });

  it('a negation inside a quotation is the speaker\'s, not the outlet\'s', () => {
    expect(statements[1]!.negations.map((n) => [n.text, n.inQuote])).toEqual([['not', true]]);
    expect(statements[1]!.negated).toBe(false);
    expect(statements[2]!.negated).toBe(true);
  });
});

describe('resolveEntities: bare names across articles', () => {
  // The surname and the first name in one article, the full names in the other.
  const report = compareArticles([
    { id: 'a', text: 'The mayor, Carla Mendes, spoke on Monday.\n\nKim Jong-un and Kim Yong-chol met in Pyongyang on Tuesday.' },
    { id: 'b', text: 'Mendes said the city budget was sound.\n\nKim was not at the meeting, officials said.\n\nThe council thanked Carla on Friday.' },
  ]);
  const idsIn = (statementId: string) => report.statements.find((s) => s.id === statementId)!.entities.map((m) => m.entityId);

  it('joins a bare name to the one full name that ends or starts with it', () => {
    expect(idsIn('b#0')).toEqual(['carla-mendes']);
    expect(idsIn('b#2')).toEqual(['carla-mendes']);
    expect(report.entities.find((e) => e.id === 'carla-mendes')!.aliases).toEqual(['Carla', 'Mendes']);
  });

  it('leaves a bare name alone when two full names could be meant', () => {
    expect(idsIn('b#1')).toEqual(['kim']);
    expect(report.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['kim', 'kim-jong-un', 'kim-yong-chol']));
  });
});
