// Words that end in a full stop without ending the sentence. General English news usage.
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'vs', 'approx', 'est', 'ft', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'pres', 'dept', 'univ', 'assn',
  'bros', 'gov', 'atty', 'supt', 'det', 'insp', 'hon', 'messrs', 'mme', 'mlle', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'cf', 'al',
]);

// Abbreviations only before a number: "No. 10", "Vol. 3"; "He said no. Others agreed." ends.
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'pp', 'fig', 'art', 'p']);

// After a dotted acronym (U.S., D.C.) a sentence ends only if the next word is one that
// commonly opens a sentence; "U.S. President" and "D.C. on" go on.
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'his', 'her', 'its',
  'their', 'our', 'but', 'and', 'yet', 'so', 'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'while',
  'if', 'as', 'there', 'some', 'many', 'officials', 'still', 'also', 'both', 'such', 'what', 'why', 'how',
]);
