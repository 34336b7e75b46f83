import { describe, expect, it } from 'vitest';
import { ingestArticle, normalizeArticle } from '../src/ingest/index.js';
import { segmentArticle, splitSentences } from '../src/segment/index.js';

const sentences = (text: string) => splitSentences(text).map(([start, end]) => text.slice(start, end));

describe('splitSentences', () => {
  it('returns [start, end) ranges without the surrounding white space', () => {
    const text = '  The dam held. The river fell.  ';
    expect(splitSentences(text)).toEqual([
      [2, 15],
      [16, 31],
    ]);
  });

  it('does not split after dotted acronyms before a name or preposition (U.S., D.C.)', () => {
    expect(sentences('The U.S. envoy landed in the capital. Talks began at once.')).toEqual([
      'The U.S. envoy landed in the capital.',
      'Talks began at once.',
    ]);
    expect(sentences('She flew to Washington, D.C. on Tuesday. Then she left.')).toEqual([
      'She flew to Washington, D.C. on Tuesday.',
      'Then she left.',
    ]);
  });

  it('splits after a dotted acronym when a usual sentence opener follows', () => {
    expect(sentences('The envoy returned to the U.S. The talks had ended.')).toEqual(['The envoy returned to the U.S.', 'The talks had ended.']);
  });

  it('does not split after titles and month abbreviations (Mr., Gen., Feb. 28)', () => {
    expect(sentences('Mr. Varga met Gen. Novak at noon. They spoke briefly.')).toEqual(['Mr. Varga met Gen. Novak at noon.', 'They spoke briefly.']);
    expect(sentences('The deal was signed on Feb. 28 in the old town. It took effect later.')).toEqual([
      'The deal was signed on Feb. 28 in the old town.',
      'It took effect later.',
    ]);
  });

  it('does not split inside a decimal number', () => {
    expect(sentences('Prices rose 3.5 percent in May. Wages did not.')).toEqual(['Prices rose 3.5 percent in May.', 'Wages did not.']);
  });

  it('keeps an ellipsis inside a quotation in its sentence', () => {
    expect(sentences('“We will wait... and see,” the mayor said. Nobody objected.')).toEqual(['“We will wait... and see,” the mayor said.', 'Nobody objected.']);
    expect(sentences('“We will wait… And see,” the mayor said. Nobody objected.')).toEqual(['“We will wait… And see,” the mayor said.', 'Nobody objected.']);
  });

  it('keeps a quotation spanning two sentences in one statement', () => {
    expect(sentences('“It is here. It is now,” she said. The crowd cheered.')).toEqual(['“It is here. It is now,” she said.', 'The crowd cheered.']);
    expect(sentences('"It is here. It is now," she said. The crowd cheered.')).toEqual(['"It is here. It is now," she said.', 'The crowd cheered.']);
  });

  it('ends a sentence at a quotation that closes after its final mark', () => {
    expect(sentences('He asked, “Why now?” Nobody answered.')).toEqual(['He asked, “Why now?”', 'Nobody answered.']);
  });

  it('never splits hyphenated names like Kim Jong-un', () => {
    expect(sentences('Kim Jong-un arrived by train. Kim Yo-jong stayed behind.')).toEqual(['Kim Jong-un arrived by train.', 'Kim Yo-jong stayed behind.']);
    expect(splitSentences('Leaders met Kim Jong-un. Later Kim Jong-un left.')).toEqual([
      [0, 24],
      [25, 48],
    ]);
  });

  it('splits on question and exclamation marks', () => {
    expect(sentences('Is it over? Not yet! The vote is tomorrow.')).toEqual(['Is it over?', 'Not yet!', 'The vote is tomorrow.']);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('The talks ended. and then nothing happened.')).toEqual(['The talks ended. and then nothing happened.']);
  });

  it('reads only text[from:to] and answers in text coordinates', () => {
    const text = 'XX One here. Two there. YY';
    expect(splitSentences(text, 3, 23)).toEqual([
      [3, 12],
      [13, 23],
    ]);
  });
});

describe('segmentArticle', () => {
  const text = [
    'Bridge Repairs Finish Early',
    '',
    'The  crews finished   the repairs on the old bridge on Friday. Traffic',
    'resumed within the hour, and the mayor thanked the crews in person.',
    '',
    '“It is open. It is safe,” said the mayor.',
  ].join('\n');
  const ingested = ingestArticle(normalizeArticle({ id: 'br', text }));
  const list = segmentArticle(ingested);

  it('gives ids, indexes, kinds and paragraphs', () => {
    expect(list.map((s) => [s.id, s.index, s.kind, s.paragraph])).toEqual([
      ['br#0', 0, 'headline', 0],
      ['br#1', 1, 'body', 1],
      ['br#2', 2, 'body', 1],
      ['br#3', 3, 'body', 2],
    ]);
    expect(list.every((s) => s.articleId === 'br')).toBe(true);
  });

  it('gives each statement the original text between start and end, white space collapsed', () => {
    expect(list.map((s) => s.text)).toEqual([
      'Bridge Repairs Finish Early',
      'The crews finished the repairs on the old bridge on Friday.',
      'Traffic resumed within the hour, and the mayor thanked the crews in person.',
      '“It is open. It is safe,” said the mayor.',
    ]);
    for (const s of list) {
      expect(text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
      expect(ingested.clean.slice(s.cleanStart, s.cleanEnd)).toBe(s.text);
    }
  });

  it('keeps a headline or caption whole even when it holds several sentences', () => {
    const ing = ingestArticle(normalizeArticle({ id: 'c', text: 'A crane lifts a beam. Workers watch. /Reuters\n\nThe beam was set in place.' }));
    const segs = segmentArticle(ing);
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['caption', 'A crane lifts a beam. Workers watch.'],
      ['body', 'The beam was set in place.'],
    ]);
  });
});
