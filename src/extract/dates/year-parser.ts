import type { Parser } from 'chrono-node';
import { posTags } from '../../text/lexicon.js';

// chrono's English parsers leave a bare year ("summits in 2018 and 2019", "early 2019") alone.
// A four-digit number from 1600 to 2099 is a year unless a counted noun follows ("2019 troops").
// The match takes the word before the year along, because chrono drops results that are bare
// numbers; `findDates` trims the result back to the year.
export const yearParser: Parser = {
  pattern: () => /\b(?:(?:in|since|by|until|from|of|early|mid|late|and|or|to|through|between|before|after|during|the|their|his|her|its|our|a|an)[\s-]+)((?:1[6-9]|20)\d{2})\b(?![.,:/-]?\d|s\b)/i,
  extract(context, match) {
    const year = Number(match[1]);
    const after = context.text.slice(match.index! + match[0].length);
    const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
    if (nextWord && posTags(nextWord).includes('NNS') && !posTags(nextWord).includes('VBZ')) return null;
    return context.createParsingResult(match.index!, match[0], { year });
  },
};
