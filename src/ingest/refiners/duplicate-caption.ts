import type { LineRefiner } from '../types.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Scraped pages often give a photo's caption twice: as the image's alt text and as the
// line under it. Keep the visible line, drop the alt text.
export const dropDuplicateCaptions: LineRefiner = (lines) => {
  const captions = lines.filter((line) => line.kind === 'caption');
  for (const [i, line] of captions.entries()) {
    const next = captions[i + 1];
    if (!next || next.index - line.index > 2) continue;
    const a = squash(line.text.slice(line.keepStart - line.start, line.keepEnd - line.start));
    const b = squash(next.text.slice(next.keepStart - next.start, next.keepEnd - next.start));
    if (a === b) {
      line.kind = 'noise';
      line.rule = 'duplicate-caption';
    }
  }
  return lines;
};
