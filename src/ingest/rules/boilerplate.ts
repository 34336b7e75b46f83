import type { LineRule } from '../types.js';

// Page furniture that scrapers keep: whole lines that are never part of an article.
const BOILERPLATE = [
  /^advertisement$/i,
  /^(search|close this search box\.?|skip to (main )?content|menu|home)$/i,
  /^(share|share this( article| story)?|print|email|subscribe( now)?|sign up|log ?in|sign ?in|read more|related( articles| stories)?)$/i,
  /^(audio report|listen to (this )?(article|story))\b.{0,80}$/i,
  /^[-–—•·*_=|]+$/,
  /^(loading|please wait)\.*$/i,
  /^(photo|image|video)$/i,
];

export const boilerplate: LineRule = {
  name: 'boilerplate',
  match(line) {
    const text = line.text.trim();
    return BOILERPLATE.some((pattern) => pattern.test(text)) ? { kind: 'noise', rule: 'boilerplate' } : null;
  },
};
