import { describe, expect, it } from 'vitest';
import { ingestArticle, normalizeArticle, splitLines, toOriginalSpan } from '../src/ingest/index.js';
import type { IngestedArticle } from '../src/ingest/index.js';

const ingest = (text: string, extra: { publishedAt?: string } = {}) => ingestArticle(normalizeArticle({ id: 'doc', text, ...extra }));

/** The kept paragraphs, as text. */
const blocksOf = (ing: IngestedArticle) => ing.blocks.map((b) => `${b.kind}:${ing.clean.slice(b.start, b.end)}`);

/** The removed spans as `rule:text`. */
const removedOf = (ing: IngestedArticle) => ing.removed.map((r) => `${r.rule}:${ing.article.text.slice(r.start, r.end)}`);

/** Every non-space character of the cleaned text is the original character its offset points at. */
function expectOffsetsHold(ing: IngestedArticle) {
  expect(ing.offsets.length).toBe(ing.clean.length);
  for (let i = 0; i < ing.clean.length; i++) {
    const char = ing.clean[i]!;
    if (/\s/.test(char)) continue;
    expect(ing.article.text[ing.offsets[i]!], `clean[${i}] = ${JSON.stringify(char)}`).toBe(char);
  }
}

describe('splitLines', () => {
  it('splits on LF, CRLF and CR and keeps original offsets', () => {
    const lines = splitLines('ab\r\ncd\nef\rgh');
    expect(lines.map((l) => l.text)).toEqual(['ab', 'cd', 'ef', 'gh']);
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [0, 2],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2, 3]);
  });

  it('gives a trailing empty line after a final line break', () => {
    expect(splitLines('one\n').map((l) => l.text)).toEqual(['one', '']);
  });
});

describe('normalizeArticle', () => {
  it('defaults the source to the id and trims optional fields', () => {
    const n = normalizeArticle({ id: 'x1', text: 'Body.', title: '  A title ', url: ' ' });
    expect(n.source).toBe('x1');
    expect(n.title).toBe('A title');
    expect(n.url).toBeNull();
    expect(n.publishedAt).toBeNull();
    expect(n.reference).toBeNull();
  });

  it('reads a date-only publication date as noon UTC of that day', () => {
    const n = normalizeArticle({ id: 'x', text: 't', publishedAt: '2025-04-01' });
    expect(n.publishedAt).toBe('2025-04-01');
    expect(n.reference?.instant.toISOString()).toBe('2025-04-01T12:00:00.000Z');
    expect(n.reference?.timezone).toBe(0);
  });

  it('keeps the UTC offset of a full timestamp, in minutes', () => {
    expect(normalizeArticle({ id: 'x', text: 't', publishedAt: '2025-04-01T17:13:00+09:00' }).reference?.timezone).toBe(540);
    expect(normalizeArticle({ id: 'x', text: 't', publishedAt: '2025-04-01T17:13:00-0430' }).reference?.timezone).toBe(-270);
    expect(normalizeArticle({ id: 'x', text: 't', publishedAt: '2025-04-01T08:13:00Z' }).reference?.timezone).toBe(0);
  });
});

describe('ingestArticle: noise lines', () => {
  const text = [
    'Ferry Crews Return To Work',
    '',
    'BY JANE DOE [[email protected]]',
    'Published: 03 Mar. 2024, 09:15',
    'ADVERTISEMENT',
    'The ferry crews went back to work on Sunday.',
    '',
    'jane.doe@example.org',
    'Close this search box.',
    'To write comments, please log in',
    '(0/250)',
  ].join('\n');
  const ing = ingest(text);

  it('records each removed line with the rule that removed it', () => {
    expect(removedOf(ing)).toEqual([
      'byline:BY JANE DOE [[email protected]]',
      'metadata:Published: 03 Mar. 2024, 09:15',
      'boilerplate:ADVERTISEMENT',
      'byline:jane.doe@example.org',
      'boilerplate:Close this search box.',
      'comment-box:To write comments, please log in',
      'comment-box:(0/250)',
    ]);
  });

  it('keeps only the headline and the body', () => {
    expect(blocksOf(ing)).toEqual(['headline:Ferry Crews Return To Work', 'body:The ferry crews went back to work on Sunday.']);
    expect(ing.clean).toBe('Ferry Crews Return To Work\n\nThe ferry crews went back to work on Sunday.');
    expect(ing.blocks.map((b) => b.paragraph)).toEqual([0, 1]);
  });

  it('removed spans cover the whole line and nothing of the kept text', () => {
    for (const r of ing.removed) {
      expect(text[r.start - 1] ?? '\n').toBe('\n');
      expect(text[r.end] ?? '\n').toBe('\n');
      for (let i = 0; i < ing.offsets.length; i++) {
        if (/\s/.test(ing.clean[i]!)) continue;
        expect(ing.offsets[i]! < r.start || ing.offsets[i]! >= r.end).toBe(true);
      }
    }
  });

  it('keeps the offset invariant', () => expectOffsetsHold(ing));
});

describe('ingestArticle: captions', () => {
  it('keeps markdown image alt text as a caption and drops its duplicate caption line', () => {
    const text = [
      'Storm Closes Mountain Pass For Days',
      '',
      '![Snow covers the road near Feldkirch on Tuesday. /Yonhap](https://img.example/a.jpg)',
      'Snow covers the road near Feldkirch on Tuesday. /Yonhap',
      '',
      'The pass stayed closed for three days.',
    ].join('\n');
    const ing = ingest(text);
    expect(blocksOf(ing)).toEqual([
      'headline:Storm Closes Mountain Pass For Days',
      'caption:Snow covers the road near Feldkirch on Tuesday.',
      'body:The pass stayed closed for three days.',
    ]);
    // The alt-text line is the one dropped; the visible line is kept without its credit.
    const imageLine = splitLines(text)[2]!;
    expect(ing.removed).toContainEqual({ start: imageLine.start, end: imageLine.end, rule: 'duplicate-caption' });
    expect(removedOf(ing)).toContain('photo-credit: /Yonhap');
    const caption = ing.blocks[1]!;
    expect(ing.offsets[caption.start]).toBe(splitLines(text)[3]!.start);
    expectOffsetsHold(ing);
  });

  it('keeps a lone markdown image alt text as a caption, without the markup', () => {
    const text = '![A diver checks the hull.](pic.jpg)\n\nThe hull was repaired. Divers checked it twice.';
    const ing = ingest(text);
    expect(blocksOf(ing)).toEqual(['caption:A diver checks the hull.', 'body:The hull was repaired. Divers checked it twice.']);
    expect(removedOf(ing)).toEqual(['markdown-image:![', 'markdown-image:](pic.jpg)']);
    expectOffsetsHold(ing);
  });

  it('drops an image with no alt text entirely', () => {
    const ing = ingest('![](blank.png)\n\nThe hull was repaired.');
    expect(blocksOf(ing)).toEqual(['body:The hull was repaired.']);
    expect(removedOf(ing)).toEqual(['markdown-image:![](blank.png)']);
  });

  it('cuts a photo credit glued to a full stop ("./AP-Photo")', () => {
    const ing = ingest('Orchard Harvest Begins Early This Year\n\nPickers fill crates at dawn./AP-Photo\n\nThe harvest began two weeks early.');
    expect(blocksOf(ing)).toContain('caption:Pickers fill crates at dawn.');
    expect(removedOf(ing)).toContain('photo-credit:/AP-Photo');
    expectOffsetsHold(ing);
  });

  it('cuts a bracketed credit ("[REUTERS]") from a caption', () => {
    const ing = ingest('Orchard Harvest Begins Early This Year\n\nPickers fill crates at dawn [REUTERS]\n\nThe harvest began two weeks early.');
    expect(blocksOf(ing)).toContain('caption:Pickers fill crates at dawn');
    expect(removedOf(ing)).toContain('photo-credit: [REUTERS]');
  });

  it('cuts a credit in parentheses ("(AP Photo/…)") or after "Photo by" from a caption, with spaces after it', () => {
    for (const [line, caption, credit] of [
      ['Pickers fill crates at dawn (AP Photo/Jane Roe)  ', 'Pickers fill crates at dawn', ' (AP Photo/Jane Roe)'],
      ['Pickers fill crates at dawn. Photo by Jane Roe', 'Pickers fill crates at dawn.', ' Photo by Jane Roe'],
    ]) {
      const ing = ingest(`Orchard Harvest Begins Early This Year\n\n${line}\n\nThe harvest began two weeks early.`);
      expect(blocksOf(ing)).toContain(`caption:${caption}`);
      expect(removedOf(ing).some((removed) => removed.startsWith(`photo-credit:${credit}`))).toBe(true);
      expectOffsetsHold(ing);
    }
  });

  it('takes no line for a caption for a slash, a bracket or the word "Photo" alone', () => {
    const text = 'Orchard Harvest Begins Early This Year\n\nThe price per crate rose 5%/year [estimates].\n\nPhotos of the orchard (taken in May) drew crowds.';
    expect(blocksOf(ingest(text)).filter((block) => block.startsWith('caption:'))).toEqual([]);
  });
});

describe('ingestArticle: dateline, headline, inline edits', () => {
  it('strips a "SEOUL: " dateline from the first paragraph', () => {
    const text = 'Port Talks Resume After Long Pause\n\nSEOUL: Negotiators met for six hours on Sunday.\n\nThey will meet again.';
    const ing = ingest(text);
    expect(blocksOf(ing)).toEqual([
      'headline:Port Talks Resume After Long Pause',
      'body:Negotiators met for six hours on Sunday.',
      'body:They will meet again.',
    ]);
    const start = text.indexOf('SEOUL');
    expect(ing.removed).toContainEqual({ start, end: start + 'SEOUL: '.length, rule: 'dateline' });
    expect(ing.offsets[ing.blocks[1]!.start]).toBe(text.indexOf('Negotiators'));
  });

  it('only strips a dateline from the first body paragraph', () => {
    const ing = ingest('Port Talks Resume After Long Pause\n\nNegotiators met on Sunday.\n\nBERLIN: Officials had doubts.');
    expect(blocksOf(ing)).toContain('body:BERLIN: Officials had doubts.');
    expect(ing.removed).toEqual([]);
  });

  it('detects a headline: short first line without a full stop, followed by text', () => {
    expect(ingest('Council Backs New Tram Line\n\nThe council voted on Monday.').blocks[0]!.kind).toBe('headline');
    // Ends with a full stop: a sentence, not a headline.
    expect(ingest('The council backed the tram line.\n\nThe vote was close.').blocks[0]!.kind).toBe('body');
    // A lone line is not a headline: nothing follows it.
    expect(ingest('Council Backs New Tram Line').blocks[0]!.kind).toBe('body');
    // Fewer than three words.
    expect(ingest('Tram Vote\n\nThe council voted on Monday.').blocks[0]!.kind).toBe('body');
  });

  it('reduces a markdown link to its text and records the link', () => {
    const text = 'The mayor cited [a new study](https://example.org/study) on traffic.';
    const ing = ingest(text);
    expect(ing.clean).toBe('The mayor cited a new study on traffic.');
    const start = text.indexOf('[');
    expect(ing.removed).toEqual([{ start, end: text.indexOf(' on traffic'), rule: 'markdown-link' }]);
    expect(ing.offsets[ing.clean.indexOf('a new study')]).toBe(start + 1);
    expectOffsetsHold(ing);
  });

  it('removes an inline e-mail address and invisible characters', () => {
    const text = 'Write to desk@example.org with tips.\u200B The desk\u00ADreplies.';
    const ing = ingest(text);
    expect(ing.clean).toBe('Write to with tips. The deskreplies.');
    expect(ing.removed.map((r) => r.rule)).toEqual(['email', 'invisible', 'invisible']);
    expectOffsetsHold(ing);
  });

  it('joins lines with one space when a line ends in white space and then an invisible character', () => {
    // The tab folds into a space, the NUL goes; the line break must not add a second space.
    const ing = ingest('The ferry left the harbor at dawn and sailed north\t\u0000\nalong the coast to the island.');
    expect(ing.clean).toBe('The ferry left the harbor at dawn and sailed north along the coast to the island.');
    expectOffsetsHold(ing);
  });

  it('collapses runs of white space and joins a hard-wrapped paragraph with one space', () => {
    const text = 'Ferry Reaches The Island\n\nThe   ferry  left the harbor at dawn and sailed north along the coast\nto the island, where it docked at noon.';
    const ing = ingest(text);
    expect(blocksOf(ing)).toEqual([
      'headline:Ferry Reaches The Island',
      'body:The ferry left the harbor at dawn and sailed north along the coast to the island, where it docked at noon.',
    ]);
    expectOffsetsHold(ing);
  });
});

describe('ingestArticle: offsets', () => {
  const lf = [
    'Market Hall Reopens After Fire',
    '',
    'BY SAM ROE',
    'ADVERTISEMENT',
    '![Stalls stand empty in the hall. /Reuters](x.jpg)',
    'Stalls stand empty in the hall. /Reuters',
    '',
    'LYON: The  market hall  reopened on Friday, [officials](/news/1) said.',
    'Traders returned \u200Bearly.',
    '',
    '(0/250)',
  ].join('\n');

  it('map every kept character back to the same character (LF)', () => {
    const ing = ingest(lf);
    expect(ing.clean).toBe(
      'Market Hall Reopens After Fire\n\nStalls stand empty in the hall.\n\nThe market hall reopened on Friday, officials said.\n\nTraders returned early.',
    );
    expectOffsetsHold(ing);
  });

  it('map every kept character back to the same character (CRLF), with the same cleaned text', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = ingest(lf);
    const b = ingest(crlf);
    expect(b.clean).toBe(a.clean);
    expect(blocksOf(b)).toEqual(blocksOf(a));
    expect(b.clean).not.toContain('\r');
    expectOffsetsHold(b);
    // The same rules removed the same lines.
    expect(b.removed.map((r) => r.rule)).toEqual(a.removed.map((r) => r.rule));
    expect(removedOf(b)).toEqual(removedOf(a));
  });

  it('toOriginalSpan maps a cleaned span to the original one', () => {
    const ing = ingest(lf);
    const at = ing.clean.indexOf('market hall reopened');
    const span = toOriginalSpan(ing, at, at + 'market hall reopened'.length);
    expect(lf.slice(span.start, span.end)).toBe('market hall  reopened');
  });
});
