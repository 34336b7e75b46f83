import type { Countries } from 'world-countries';
import { isCommonWord } from '../text/lexicon.js';
import type { EntityType } from '../types.js';
import { normalizeWord } from '../text/tokens.js';
import { readPackageJson } from '../text/package-data.js';

/** What a known name stands for. A capital may stand for its country when used as an actor. */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  role: 'country' | 'capital' | 'city' | 'demonym' | 'organization';
  /** For capitals and demonyms: the country's name. */
  country?: string;
}

// Common short forms the country list spells differently, and the international bodies news
// names most. General knowledge, not tied to any story.
const EXTRA: Array<[string[], GazetteerEntry]> = [
  [['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States'], { name: 'United States', type: 'place', role: 'country' }],
  [['U.K.', 'UK', 'Britain', 'Great Britain'], { name: 'United Kingdom', type: 'place', role: 'country' }],
  [['DPRK'], { name: 'North Korea', type: 'place', role: 'country' }],
  [['U.N.', 'UN', 'United Nations'], { name: 'United Nations', type: 'organization', role: 'organization' }],
  [['E.U.', 'EU', 'European Union'], { name: 'European Union', type: 'organization', role: 'organization' }],
  [['NATO'], { name: 'NATO', type: 'organization', role: 'organization' }],
  [['IAEA'], { name: 'International Atomic Energy Agency', type: 'organization', role: 'organization' }],
  [['IMF'], { name: 'International Monetary Fund', type: 'organization', role: 'organization' }],
  [['World Bank'], { name: 'World Bank', type: 'organization', role: 'organization' }],
];

export function phraseKey(words: readonly string[]): string {
  // A loop, not `map` and `join`: the words' lists come in several kinds, and V8 dropped the
  // compiled code at each kind it had not met.
  let key = '';
  for (let i = 0; i < words.length; i++) key += (i ? ' ' : '') + normalizeWord(words[i]!);
  return key;
}

let table: Map<string, GazetteerEntry> | undefined;
let longest = 1;

function build(): Map<string, GazetteerEntry> {
  const entries = new Map<string, GazetteerEntry>();
  const add = (phrase: string, entry: GazetteerEntry) => {
    if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(phrase) || phrase.replace(/[^\p{L}]/gu, '').length < 2) return;
    const words = phrase.split(/[\s-]+/).filter(Boolean);
    const key = phraseKey(words);
    if (!entries.has(key)) entries.set(key, entry);
    longest = Math.max(longest, words.length);
  };
  for (const [phrases, entry] of EXTRA) for (const phrase of phrases) add(phrase, entry);
  // UN members first: a demonym or spelling several territories share ("American", "French")
  // names the member state, not the Northern Mariana Islands or the French Southern Lands.
  for (const country of readPackageJson<Countries>('world-countries/countries.json').sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
    const name = country.name.common;
    const entry: GazetteerEntry = { name, type: 'place', role: 'country' };
    add(name, entry);
    add(country.name.official, entry);
    // Two-letter codes (IN, IT, TO) collide with words; longer alternative spellings do not.
    for (const alt of country.altSpellings) if (alt.length > 3 && !alt.includes(',')) add(alt, entry);
    const demonyms = country.demonyms?.['eng'];
    if (demonyms) for (const demonym of [demonyms.m, demonyms.f]) add(demonym, { name: demonym, type: 'place', role: 'demonym', country: name });
    for (const capital of country.capital ?? []) {
      add(capital.replace(/\s+D\.C\.$/, ''), { name: capital.replace(/\s+D\.C\.$/, ''), type: 'place', role: 'capital', country: name });
    }
  }
  // Cities of 100,000 people or more (city-timezones), unless the name is an English word
  // ("Reading"); of cities sharing a name, the most populous. Their country is named as the
  // country list names it ("United States", where city-timezones writes "United States of America").
  const cities = readPackageJson<Array<{ city: string; pop: number; country: string }>>('city-timezones/data/cityMap.json');
  for (const city of cities.sort((a, b) => b.pop - a.pop)) {
    if (city.pop < 100_000 || isCommonWord(city.city.toLowerCase())) continue;
    const country = entries.get(phraseKey(city.country.split(/\s+/)));
    add(city.city, { name: city.city, type: 'place', role: 'city', country: country?.role === 'country' ? country.name : city.country });
  }
  return entries;
}

/** Looks a capitalised phrase up; `words` as written in the text. */
export function lookupPlace(words: readonly string[]): GazetteerEntry | undefined {
  table ??= build();
  return table.get(phraseKey(words));
}

/**
 * Whether place `inner` lies in country `outer`, or the two name one country (a country and its
 * people: "U.S." and "American"), by the gazetteer: no conflict when one report names the city
 * and another the country ("extradited from London", "extradited from Great Britain").
 */
export function placeWithin(inner: string, outer: string): boolean {
  const country = lookupPlace(outer.split(/\s+/));
  if (country?.role !== 'country' && country?.role !== 'demonym') return false;
  const countryName = country.role === 'country' ? country.name : country.country;
  const place = lookupPlace(inner.split(/\s+/));
  return place !== undefined && (place.role === 'country' ? place.name : place.country) === countryName;
}

export function longestPhrase(): number {
  table ??= build();
  return longest;
}
