import { keepShapeOf } from '../shapes.js';
import { startsOf } from '../text/packed.js';
import { senseCount, senseIds } from '../text/wordnet.js';
import type { Idf, StatementProfile } from './profile.js';

/**
 * A statement's tf-idf vector in one comparison space: its term ids in the order of the profile's
 * terms, their weights `(1 + ln count) × idf`, the squared norm and the total weight, each summed
 * in that order (as over the profile's Map, to the bit). Every statement of a comparison has one:
 * the candidate search and the topics read them, with no string hashing of their own.
 */
export interface TermVector {
  space: PairSpace;
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
  total: number;
}

/**
 * A statement profile turned into numbers for one comparison space: every stem, word and term as
 * an integer of the space's vocabulary, sets as sorted arrays (overlaps by merging, no hashing),
 * the tf-idf vector in the order of the profile's terms (so that sums over it are summed in the
 * same order as over the profile's Map, to the bit), and the WordNet senses of each content word.
 * Built once per statement and space, used for every pair the statement is in.
 */
export interface EncodedProfile {
  space: PairSpace;
  /** Stem ids of the content words, in order; `stemSet` sorted and unique; `stemIdf` the idf of each of `stems`. */
  stems: Int32Array;
  stemSet: Int32Array;
  stemIdf: Float64Array;
  /** Pairs of consecutive stems, each `first * 2^26 + second`, sorted and unique. */
  bigrams: Float64Array;
  /** Word ids of the normalised text: in order, sorted with repeats, and sorted unique. */
  plain: Int32Array;
  plainSorted: Int32Array;
  plainSet: Int32Array;
  capitalised: Int32Array;
  claimStems: Int32Array;
  /** Term ids in the profile's order, their weights, the squared norm and the total weight. */
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
  total: number;
  /**
   * Synset ids of every content word (WordNet's, or the space's own after `keepSharedSenses`),
   * one after another: word i's are `senses[senseStarts[i]..senseStarts[i + 1])`.
   */
  senses: Int32Array;
  senseStarts: Int32Array;
  /** The profile's normalised text. */
  normalised: string;
  /**
   * What the pair features read of the statement itself, here so that a pair reads its two
   * encodings and nothing else (at hundreds of articles, the statements' own objects, scattered
   * in memory, cost a cache miss each): the number values other than ordinals, sorted and unique;
   * the entity ids as sorted ids of the space's own entity vocabulary, and the speaker's (-1 for
   * none); whether it negates, hedges, and states a date or quotes anyone.
   */
  numbers: Float64Array;
  entities: Int32Array;
  speaker: number;
  negated: boolean;
  hedged: boolean;
  hasDates: boolean;
  hasQuotes: boolean;
  /** Filled on first use by `trigramsOf` and `charactersOf`: few pairs get that far. */
  trigrams?: Int32Array;
  characters?: { codes: Int32Array; counts: Int32Array };
}

/** A set of numbers as an array (a plain loop: `Float64Array.from` takes the iterator path for a set). */
function numberArray(values: ReadonlySet<number>): Float64Array {
  const array = new Float64Array(values.size);
  let k = 0;
  values.forEach((value) => (array[k++] = value));
  return array;
}

/** Character trigrams of the statement's normalised text, as numbers of its space (see `PairSpace.trigramIds`), sorted and unique. */
export function trigramsOf(encoded: EncodedProfile): Int32Array {
  return (encoded.trigrams ??= encoded.space.trigramIds(encoded.normalised));
}

/** The distinct character codes of the statement's normalised text, sorted, and how often each occurs. */
export function charactersOf(encoded: EncodedProfile): { codes: Int32Array; counts: Int32Array } {
  if (!encoded.characters) {
    const [codes, counts] = characterHistogram(encoded.normalised);
    encoded.characters = { codes, counts };
  }
  return encoded.characters;
}

const BIGRAM_SHIFT = 2 ** 26;
const SPACE = 0x20;
/** The first number of a trigram with a unit beyond ASCII: three ASCII units take 21 bits. */
const WIDE_TRIGRAMS = 2 ** 21;

/** `text`'s id in `vocabulary`, the next free one if it has none yet. */
function idIn(vocabulary: Map<string, number>, text: string): number {
  let id = vocabulary.get(text);
  if (id === undefined) {
    id = vocabulary.size;
    // Word ids are packed two to a number in word pairs (`BIGRAM_SHIFT`).
    if (id >= BIGRAM_SHIFT) throw new RangeError('vocabulary too large for one comparison');
    vocabulary.set(text, id);
  }
  return id;
}

/**
 * The vocabulary and idf of one comparison (one `compareArticles` call, one `relateStatements`
 * pair), with scratch arrays for marking sets. Vocabulary ids live as long as the space, so that
 * a long-running process does not keep every word it has ever seen.
 */
export class PairSpace {
  readonly idf: Idf;
  private readonly vocabulary = new Map<string, number>();
  /** The vocabulary's texts, by id. */
  private readonly texts: string[] = [];
  /** Entity ids apart from words: an entity "trump" is not the stem "trump". */
  private readonly entityVocabulary = new Map<string, number>();
  /** Character trigrams with a unit beyond ASCII, apart from words too (see `trigramIds`). */
  private readonly wideTrigrams = new Map<string, number>();
  /**
   * The idf of each vocabulary entry a term vector or an encoding has asked for, NaN for the
   * others: a typed array grown with the vocabulary. (A plain array, written at scattered ids,
   * changed kind during each comparison, and the code reading it was compiled again each time.)
   */
  private idfById = new Float64Array(256).fill(NaN);
  private senseStamps = new Int32Array(256);
  private senseEpoch = 0;
  /** Set by `keepSharedSenses`: per WordNet sense id, its id in this space, or -1 when it is dropped. */
  private senseIdsHere?: Int32Array;
  private sensesHere = 0;
  /** Set by `keepSharedSenses`: each profile's stem ids, and its senses as `flatSenses` gives them. */
  private kept?: Map<StatementProfile, { stems: Int32Array; senses: Int32Array; senseStarts: Int32Array }>;
  private unmatchedA = new Uint8Array(64);
  private unmatchedB = new Uint8Array(64);
  /**
   * The first statement of the last pair `overlapWith` read, whose sets are marked by id in
   * `firstMarks`, as `firstEpoch * 32` plus a bit per set (`IN_TERMS`...), with each term's place
   * in its vector in `firstTermAt`. Alignment scores pairs sorted by their first statement, which
   * is so marked once for all its partners, and each partner read against it.
   */
  private first: EncodedProfile | null = null;
  private firstMarks = new Int32Array(256);
  private firstTermAt = new Int32Array(256);
  /** Per id, the mark of the last pair whose second statement has that stem too (see `overlapWith`). */
  private stemsBoth = new Int32Array(256);
  private firstEpoch = 0;
  private pairEpoch = 0;
  /** Per term place of the first statement, the second's weight of that term, when `termHits` holds the pair's mark there. */
  private termWeights = new Float64Array(64);
  private termHits = new Int32Array(64);
  /** The character counts of the last first statement `largerSurplus` read, by code, where `charStamps` holds its mark. */
  private charsFirst: EncodedProfile | null = null;
  private charCounts = new Int32Array(128);
  private charStamps = new Int32Array(128);
  private charEpoch = 0;
  /**
   * Results of the last `overlapWith`, NaN before the first. (NaN, a double, not 0: fields that
   * start as small integers and later hold fractions give the instances a new shape, which the
   * one `keepShapeOf` keeps would not have.)
   */
  dot = NaN;
  sharedA = NaN;
  sharedB = NaN;
  restA = NaN;
  restB = NaN;
  rarest = NaN;
  sharedStems = NaN;
  sharedWords = NaN;
  sharedClaimStems = NaN;
  sharedCapitalised = NaN;

  constructor(idf: Idf) {
    this.idf = idf;
  }

  id(text: string): number {
    const id = idIn(this.vocabulary, text);
    if (id === this.texts.length) this.texts.push(text);
    return id;
  }

  /** How many ids the vocabulary has handed out: every id is below it. */
  get vocabularySize(): number {
    return this.texts.length;
  }

  /** The text of vocabulary entry `id`. */
  textOf(id: number): string {
    return this.texts[id]!;
  }

  /** The idf of vocabulary entry `id`, once a term vector or an encoding has asked for it. */
  idfAt(id: number): number {
    return this.idfById[id]!;
  }

  private entityId(entity: string): number {
    return idIn(this.entityVocabulary, entity);
  }

  /** The idf of vocabulary entry `id` (`text`), kept by id: one string lookup per word, not two. */
  private idfOf(id: number, text: string): number {
    if (id >= this.idfById.length) {
      const grown = new Float64Array(Math.max(id + 1, this.idfById.length * 2)).fill(NaN);
      grown.set(this.idfById);
      this.idfById = grown;
    }
    let value = this.idfById[id]!;
    if (Number.isNaN(value)) this.idfById[id] = value = this.idf(text);
    return value;
  }

  /**
   * Keeps, of the WordNet senses of the statements' words, only those that words of two
   * different stems among `profiles` share, numbered densely in this space; the profiles compared
   * must all be among them. `matchedBySense` pairs words unmatched by stem, which have different
   * stems, so a sense one stem alone holds can never match: dropping it changes no feature, and
   * leaves less than half the senses to mark, in a small array rather than one of all WordNet.
   */
  keepSharedSenses(profiles: readonly StatementProfile[]): void {
    // Each distinct word's senses once: WordNet's memo gives one array per word, so the words of
    // a story, which repeat, are known by their arrays (at 400 FNC-1 bodies, 81 681 words, 12 540
    // distinct). Every word's senses first, so that `senseCount` covers them.
    // Lists by `Array.from`, not `map`, which made lists of another kind in V8's compiled code than
    // before it, and the loops reading them were dropped at each new kind.
    const perProfile = Array.from(profiles, (profile) => Array.from(profile.words, senseIds));
    const stemOf = new Int32Array(senseCount()).fill(-1);
    const shared = new Uint8Array(senseCount());
    // Per distinct word (its senses array): its number, and the stem its senses were last read
    // with (reading them again with the same stem changes nothing).
    const numbers = new Map<Int32Array, number>();
    const distinct: Int32Array[] = [];
    const readWith: number[] = [];
    // Each profile's stem ids, made here once and kept for `encode`, and its words' numbers.
    const stemIds: Int32Array[] = [];
    const wordNumbers: Int32Array[] = [];
    for (let p = 0; p < profiles.length; p++) {
      const stems = this.ids(profiles[p]!.stems);
      stemIds.push(stems);
      const wordSenses = perProfile[p]!;
      const numbered = new Int32Array(wordSenses.length);
      wordNumbers.push(numbered);
      for (let i = 0; i < wordSenses.length; i++) {
        const stem = stems[i]!;
        const senses = wordSenses[i]!;
        let number = numbers.get(senses);
        if (number === undefined) {
          numbers.set(senses, (number = distinct.length));
          distinct.push(senses);
          readWith.push(-1);
        }
        numbered[i] = number;
        if (readWith[number] === stem) continue;
        readWith[number] = stem;
        for (let k = 0; k < senses.length; k++) {
          const sense = senses[k]!;
          if (stemOf[sense] === -1) stemOf[sense] = stem;
          else if (stemOf[sense] !== stem) shared[sense] = 1;
        }
      }
    }
    const here = new Int32Array(senseCount()).fill(-1);
    let count = 0;
    for (let sense = 0; sense < shared.length; sense++) if (shared[sense]) here[sense] = count++;
    this.senseIdsHere = here;
    this.sensesHere = count;
    // Each distinct word's kept senses, then each profile's from its words', for `encode`.
    const kept = Array.from(distinct, (senses) => keptSenses(senses, here));
    this.kept = new Map();
    for (let p = 0; p < profiles.length; p++) {
      // A plain loop: `Array.from` over a typed array takes the iterator path.
      const words: Int32Array[] = [];
      for (let i = 0; i < wordNumbers[p]!.length; i++) words.push(kept[wordNumbers[p]![i]!]!);
      const { senses, senseStarts } = flatSenses(words);
      this.kept.set(profiles[p]!, { stems: stemIds[p]!, senses, senseStarts });
    }
  }

  /** `texts` as vocabulary ids, in order (plain loops: iterators cost an object per step here). */
  private ids(texts: readonly string[] | ReadonlySet<string>): Int32Array {
    if (Array.isArray(texts)) {
      const list = texts as readonly string[];
      const ids = new Int32Array(list.length);
      for (let k = 0; k < list.length; k++) ids[k] = this.id(list[k]!);
      return ids;
    }
    const set = texts as ReadonlySet<string>;
    const ids = new Int32Array(set.size);
    let k = 0;
    set.forEach((text) => (ids[k++] = this.id(text)));
    return ids;
  }

  /** The statement's tf-idf vector in this space (made once per statement and space). */
  termsOf(profile: StatementProfile): TermVector {
    const cached = profile.cache.terms;
    if (cached && cached.space === this) return cached;
    const terms = new Int32Array(profile.terms.size);
    const weights = new Float64Array(profile.terms.size);
    let norm = 0;
    let total = 0;
    let k = 0;
    profile.terms.forEach((count, term) => {
      const id = this.id(term);
      const weight = (1 + Math.log(count)) * this.idfOf(id, term);
      terms[k] = id;
      weights[k++] = weight;
      norm += weight * weight;
      total += weight;
    });
    const vector: TermVector = { space: this, terms, weights, norm, total };
    profile.cache.terms = vector;
    return vector;
  }

  encode(profile: StatementProfile): EncodedProfile {
    const cached = profile.cache.encoded;
    if (cached && cached.space === this) return cached;
    const kept = this.kept?.get(profile);
    const stems = kept ? kept.stems : this.ids(profile.stems);
    const bigrams = new Float64Array(Math.max(0, stems.length - 1));
    for (let i = 1; i < stems.length; i++) bigrams[i - 1] = stems[i - 1]! * BIGRAM_SHIFT + stems[i]!;
    const stemIdf = new Float64Array(stems.length);
    for (let i = 0; i < stems.length; i++) stemIdf[i] = this.idfOf(stems[i]!, profile.stems[i]!);
    const { terms, weights, norm, total } = this.termsOf(profile);
    // The normalised text's words, split here rather than kept with the profile: their strings
    // then die young, where kept they were among the largest share of what outlived collections.
    // (The text is trimmed with single spaces between words: only an empty one splits into "".)
    const plain = this.ids(profile.normalised ? profile.normalised.split(' ') : []);
    const plainSorted = plain.slice().sort();
    const stemSet = uniqueSorted(stems);
    const here = this.senseIdsHere;
    const { senses, senseStarts } = kept ?? flatSenses(Array.from(profile.words, (word) => keptSenses(senseIds(word), here)));
    const entities = new Int32Array(profile.entityIds.size);
    let e = 0;
    profile.entityIds.forEach((entity) => (entities[e++] = this.entityId(entity)));
    const { statement } = profile;
    const speakerId = statement.speaker?.speakerId;
    const encoded: EncodedProfile = {
      space: this,
      stems,
      stemSet,
      stemIdf,
      bigrams: uniqueSorted(bigrams, true),
      plain,
      plainSorted,
      plainSet: unique(plainSorted.slice()),
      capitalised: uniqueSorted(this.ids(profile.capitalised), true),
      claimStems: profile.claimStems ? uniqueSorted(this.ids(profile.claimStems), true) : stemSet,
      terms,
      weights,
      norm,
      total,
      senses,
      senseStarts,
      normalised: profile.normalised,
      numbers: uniqueSorted(numberArray(profile.numberValues), true),
      entities: uniqueSorted(entities, true),
      speaker: speakerId ? this.entityId(speakerId) : -1,
      negated: statement.negations.length > 0,
      hedged: statement.hedged,
      hasDates: statement.dates.length > 0,
      hasQuotes: statement.quotes.length > 0,
    };
    profile.cache.encoded = encoded;
    return encoded;
  }

  /**
   * Character trigrams of a normalised text with its spaces removed, sorted and unique, as
   * numbers of this space: three ASCII units packed in 21 bits, any other trigram an id of the
   * space's own from 2^21 up, so that two trigrams get the same number only when they are the
   * same three UTF-16 units. Only sizes and overlaps are read, and those are the sets' own. In 32
   * bits rather than 48, they sort in half the time (the sort was most of a statement's trigrams).
   */
  trigramIds(normalised: string): Int32Array {
    let units = 0;
    for (let i = 0; i < normalised.length; i++) if (normalised.charCodeAt(i) !== SPACE) units++;
    const grams = new Int32Array(Math.max(0, units - 2));
    let first = -1;
    let second = -1;
    let k = 0;
    for (let i = 0; i < normalised.length; i++) {
      const third = normalised.charCodeAt(i);
      if (third === SPACE) continue;
      if (first >= 0) grams[k++] = (first | second | third) < 0x80 ? (first << 14) | (second << 7) | third : WIDE_TRIGRAMS + idIn(this.wideTrigrams, String.fromCharCode(first, second, third));
      first = second;
      second = third;
    }
    return uniqueSorted(grams, true);
  }

  /** A new mark for the senses' scratch array, which grows to the size of the senses kept (or WordNet's). */
  private nextSenseEpoch(): number {
    // Grown arrays start at 0, below every mark handed out, so marks need no reset.
    const senses = this.senseIdsHere ? this.sensesHere : senseCount();
    if (this.senseStamps.length < senses) this.senseStamps = new Int32Array(Math.max(senses, this.senseStamps.length * 2));
    if (this.senseEpoch >= 0x3fffffff) {
      this.senseStamps.fill(0);
      this.senseEpoch = 0;
    }
    return ++this.senseEpoch;
  }

  /**
   * For statements `a` and `b`, left in fields so that no object is made per pair: the dot
   * product of their vectors and the weight of `a`'s terms that `b` has and of `b`'s that `a`
   * has (`dot`, `sharedA`, `sharedB`; each sum in its own vector's order, as `cosine` and
   * `coverage` run); how many stems, words, claim stems and capitalised words they share; and
   * which content words of `a` have no stem in `b`, and of `b` none in `a` (kept for
   * `matchedBySense`), how many (`restA`, `restB`) and the highest idf among them (`rarest`).
   * `a` is marked once for all the pairs it starts in a row; `b` is read against it.
   */
  overlapWith(a: EncodedProfile, b: EncodedProfile): void {
    this.markFirst(a);
    const { firstMarks: marks, firstTermAt: termAt, stemsBoth } = this;
    const mark = this.firstEpoch * MARK_UNIT;
    // Grown arrays start at 0, below every mark handed out, so marks need no reset.
    if (this.termHits.length < a.terms.length) {
      this.termHits = new Int32Array(a.terms.length * 2);
      this.termWeights = new Float64Array(a.terms.length * 2);
    }
    if (this.pairEpoch >= 0x3fffffff) {
      this.termHits.fill(0);
      this.stemsBoth.fill(0);
      this.pairEpoch = 0;
    }
    const pair = ++this.pairEpoch;
    const { termHits, termWeights } = this;
    let sharedB = 0;
    for (let j = 0; j < b.terms.length; j++) {
      const id = b.terms[j]!;
      if (!isIn(id, marks, mark, IN_TERMS)) continue;
      sharedB += b.weights[j]!;
      termHits[termAt[id]!] = pair;
      termWeights[termAt[id]!] = b.weights[j]!;
    }
    let dot = 0;
    let sharedA = 0;
    for (let i = 0; i < a.terms.length; i++) {
      if (termHits[i] !== pair) continue;
      const weight = a.weights[i]!;
      sharedA += weight;
      dot += weight * termWeights[i]!;
    }
    this.dot = dot;
    this.sharedA = sharedA;
    this.sharedB = sharedB;
    let sharedStems = 0;
    for (let j = 0; j < b.stemSet.length; j++) {
      const id = b.stemSet[j]!;
      if (!isIn(id, marks, mark, IN_STEMS)) continue;
      sharedStems++;
      stemsBoth[id] = pair;
    }
    this.sharedStems = sharedStems;
    this.sharedWords = sharedIn(b.plainSet, marks, mark, IN_WORDS);
    this.sharedClaimStems = sharedIn(b.claimStems, marks, mark, IN_CLAIM_STEMS);
    this.sharedCapitalised = sharedIn(b.capitalised, marks, mark, IN_CAPITALISED);
    if (this.unmatchedA.length < a.stems.length) this.unmatchedA = new Uint8Array(a.stems.length * 2);
    if (this.unmatchedB.length < b.stems.length) this.unmatchedB = new Uint8Array(b.stems.length * 2);
    const { unmatchedA, unmatchedB } = this;
    let rarest = 0;
    let restA = 0;
    for (let i = 0; i < a.stems.length; i++) {
      const missing = stemsBoth[a.stems[i]!] !== pair;
      unmatchedA[i] = missing ? 1 : 0;
      if (!missing) continue;
      restA++;
      rarest = Math.max(rarest, a.stemIdf[i]!);
    }
    let restB = 0;
    for (let j = 0; j < b.stems.length; j++) {
      const missing = !isIn(b.stems[j]!, marks, mark, IN_STEMS);
      unmatchedB[j] = missing ? 1 : 0;
      if (!missing) continue;
      restB++;
      rarest = Math.max(rarest, b.stemIdf[j]!);
    }
    this.restA = restA;
    this.restB = restB;
    this.rarest = rarest;
  }

  /** Marks `a`'s terms, stems, words, claim stems and capitalised words (see `first`), unless they are. */
  private markFirst(a: EncodedProfile): void {
    if (this.first === a) return;
    this.first = a;
    // Grown arrays start at 0, below every mark handed out, so marks need no reset.
    if (this.firstMarks.length < this.vocabulary.size) {
      const length = Math.max(this.vocabulary.size, this.firstMarks.length * 2);
      this.firstMarks = new Int32Array(length);
      this.firstTermAt = new Int32Array(length);
      this.stemsBoth = new Int32Array(length);
    }
    if (this.firstEpoch >= MAX_MARK) {
      this.firstMarks.fill(0);
      this.firstEpoch = 0;
    }
    const mark = ++this.firstEpoch * MARK_UNIT;
    const { firstMarks: marks, firstTermAt: termAt } = this;
    for (let i = 0; i < a.terms.length; i++) {
      const id = a.terms[i]!;
      flagIn(id, marks, mark, IN_TERMS);
      termAt[id] = i;
    }
    for (let i = 0; i < a.stemSet.length; i++) flagIn(a.stemSet[i]!, marks, mark, IN_STEMS);
    for (let i = 0; i < a.plainSet.length; i++) flagIn(a.plainSet[i]!, marks, mark, IN_WORDS);
    for (let i = 0; i < a.claimStems.length; i++) flagIn(a.claimStems[i]!, marks, mark, IN_CLAIM_STEMS);
    for (let i = 0; i < a.capitalised.length; i++) flagIn(a.capitalised[i]!, marks, mark, IN_CAPITALISED);
  }

  /**
   * The larger of the two surpluses of `a`'s and `b`'s characters: how many characters one side
   * has beyond the other's count of the same character. Each side's surplus is its length less
   * the characters both have (the smaller count of each); `a`'s counts are marked by code once
   * for all the pairs it starts in a row, and `b`'s read against them.
   */
  largerSurplus(a: EncodedProfile, b: EncodedProfile): number {
    if (this.charsFirst !== a) {
      this.charsFirst = a;
      const { codes } = charactersOf(a);
      const highest = codes.length ? codes[codes.length - 1]! : 0;
      if (this.charStamps.length <= highest) {
        const length = Math.max(highest + 1, this.charStamps.length * 2);
        this.charStamps = new Int32Array(length);
        this.charCounts = new Int32Array(length);
      }
      if (this.charEpoch >= 0x3fffffff) {
        this.charStamps.fill(0);
        this.charEpoch = 0;
      }
      const mark = ++this.charEpoch;
      const { counts } = charactersOf(a);
      for (let k = 0; k < codes.length; k++) {
        this.charStamps[codes[k]!] = mark;
        this.charCounts[codes[k]!] = counts[k]!;
      }
    }
    const { charStamps, charCounts, charEpoch } = this;
    const { codes, counts } = charactersOf(b);
    let both = 0;
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k]!;
      if (code < charStamps.length && charStamps[code] === charEpoch) both += Math.min(charCounts[code]!, counts[k]!);
    }
    return Math.max(a.normalised.length - both, b.normalised.length - both);
  }

  /**
   * For the pair last given to `overlapWith`: how many content words unmatched by stem, on
   * either side, share a synset with a word unmatched by stem on the other side. (The same word
   * cannot be unmatched on both sides: its stem would match.)
   */
  matchedBySense(a: EncodedProfile, b: EncodedProfile): number {
    return this.matchedOneWay(a, this.unmatchedA, b, this.unmatchedB) + this.matchedOneWay(b, this.unmatchedB, a, this.unmatchedA);
  }

  private matchedOneWay(a: EncodedProfile, unmatchedA: Uint8Array, b: EncodedProfile, unmatchedB: Uint8Array): number {
    const mark = this.nextSenseEpoch();
    const stamps = this.senseStamps;
    const { senses: sensesB, senseStarts: startsB } = b;
    for (let j = 0; j < b.stems.length; j++) {
      if (!unmatchedB[j]) continue;
      for (let k = startsB[j]!, end = startsB[j + 1]!; k < end; k++) stamps[sensesB[k]!] = mark;
    }
    const { senses: sensesA, senseStarts: startsA } = a;
    let matched = 0;
    for (let i = 0; i < a.stems.length; i++) {
      if (!unmatchedA[i]) continue;
      for (let k = startsA[i]!, end = startsA[i + 1]!; k < end; k++) {
        if (stamps[sensesA[k]!] === mark) {
          matched++;
          break;
        }
      }
    }
    return matched;
  }
}

keepShapeOf(new PairSpace(() => 0));

// The sets of the first statement a pair's `overlapWith` marks, as bits below its mark, a
// multiple of MARK_UNIT; marks grow, so an entry at or above the mark is the statement's.
const IN_TERMS = 1;
const IN_STEMS = 2;
const IN_WORDS = 4;
const IN_CLAIM_STEMS = 8;
const IN_CAPITALISED = 16;
const MARK_UNIT = 32;
const MAX_MARK = 2 ** 31 / MARK_UNIT - 1;

/** Puts vocabulary entry `id` in the set `bit` of the statement marked `mark`. */
function flagIn(id: number, marks: Int32Array, mark: number, bit: number): void {
  marks[id] = marks[id]! >= mark ? marks[id]! | bit : mark | bit;
}

/** Whether vocabulary entry `id` is in the set `bit` of the statement marked `mark` (ids handed out after it was marked are not). */
function isIn(id: number, marks: Int32Array, mark: number, bit: number): boolean {
  return id < marks.length && marks[id]! >= mark && (marks[id]! & bit) !== 0;
}

/** How many of `ids` (distinct) are in the set `bit` of the statement marked `mark`. */
function sharedIn(ids: Int32Array, marks: Int32Array, mark: number, bit: number): number {
  let shared = 0;
  for (let j = 0; j < ids.length; j++) if (isIn(ids[j]!, marks, mark, bit)) shared++;
  return shared;
}

/**
 * The senses of a statement's words in one flat array rather than one per word (the pair loops in
 * `matchedOneWay` read it in order): word i's are `senses[senseStarts[i]..senseStarts[i + 1])`.
 */
function flatSenses(wordSenses: readonly Int32Array[]): { senses: Int32Array; senseStarts: Int32Array } {
  const senseStarts = startsOf(wordSenses);
  const senses = new Int32Array(senseStarts[wordSenses.length]!);
  for (let i = 0; i < wordSenses.length; i++) senses.set(wordSenses[i]!, senseStarts[i]!);
  return { senses, senseStarts };
}

/** Of WordNet's sense ids `senses`, those `here` keeps, renumbered by it (all of them, as they are, without `here`). */
function keptSenses(senses: Int32Array, here: Int32Array | undefined): Int32Array {
  if (!here) return senses;
  let kept = 0;
  for (let k = 0; k < senses.length; k++) if (here[senses[k]!]! >= 0) kept++;
  const local = new Int32Array(kept);
  for (let k = 0, at = 0; k < senses.length; k++) if (here[senses[k]!]! >= 0) local[at++] = here[senses[k]!]!;
  return local;
}

/** The distinct character codes of a text, sorted, and how often each occurs. */
function characterHistogram(text: string): [Int32Array, Int32Array] {
  // ASCII (most of a normalised English text) counted in buckets, the rest sorted.
  const counts = asciiCounts.fill(0);
  const beyond: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < BUCKETS) counts[code]!++;
    else beyond.push(code);
  }
  beyond.sort((a, b) => a - b);
  let distinct = 0;
  for (let code = 0; code < BUCKETS; code++) if (counts[code]) distinct++;
  for (let i = 0; i < beyond.length; i++) if (i === 0 || beyond[i] !== beyond[i - 1]) distinct++;
  const values = new Int32Array(distinct);
  const tally = new Int32Array(distinct);
  let k = 0;
  for (let code = 0; code < BUCKETS; code++) {
    if (!counts[code]) continue;
    values[k] = code;
    tally[k++] = counts[code]!;
  }
  for (let i = 0; i < beyond.length; i++) {
    if (i === 0 || beyond[i] !== beyond[i - 1]) values[k++] = beyond[i]!;
    tally[k - 1]!++;
  }
  return [values, tally];
}

const BUCKETS = 128;
const asciiCounts = new Int32Array(BUCKETS);

function uniqueSorted<T extends Int32Array | Float64Array>(values: T, inPlace = false): T {
  return unique((inPlace ? values : values.slice()).sort() as T);
}

/** `sorted` without repeats: in place, a view of its start when there were any. */
function unique<T extends Int32Array | Float64Array>(sorted: T): T {
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i]!;
  // Most have no repeats (sets of names, of numbers): no view made then, which costs more than the sort.
  return k === sorted.length ? sorted : (sorted.subarray(0, k) as T);
}

/** How many values two sorted arrays share (with repeats, each value as often as both have it). */
export function overlapSorted(a: Int32Array | Float64Array, b: Int32Array | Float64Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
