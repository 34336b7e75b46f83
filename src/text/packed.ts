/**
 * A fixed set of strings as a few flat pieces rather than one string per key: every key one after
 * another in one string, where each starts in a typed array, and an open-addressing table of the
 * keys' hashes. Word lists of tens of thousands of entries (WordNet's lemmas, word frequencies,
 * part-of-speech tags) held as Maps or objects are as many strings and entries that every full
 * garbage collection of a long-running process (and of each `compareMany` worker) marks again;
 * these are three objects, whatever the number of keys. Values live beside it, in arrays indexed
 * by a key's number (its place in the list it was built from).
 */
export class PackedKeys {
  private readonly text: string;
  private readonly starts: Int32Array;
  /** Per slot, the key's number plus one, 0 for an empty slot; a power of two in size. */
  private readonly slots: Int32Array;

  /** `keys`, each at most once; key i gets number i. */
  constructor(keys: readonly string[]) {
    this.starts = startsOf(keys);
    this.text = keys.join('');
    let size = 1;
    while (size < 2 * keys.length) size *= 2;
    this.slots = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      let slot = hashOf(this.text, this.starts[i]!, this.starts[i + 1]!) & (size - 1);
      while (this.slots[slot]) slot = (slot + 1) & (size - 1);
      this.slots[slot] = i + 1;
    }
  }

  /** How many keys there are. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The number of `key`, -1 when it is none of the keys. */
  indexOf(key: string): number {
    const { text, starts, slots } = this;
    const mask = slots.length - 1;
    for (let slot = hashOf(key, 0, key.length) & mask; slots[slot]; slot = (slot + 1) & mask) {
      const i = slots[slot]! - 1;
      const start = starts[i]!;
      if (starts[i + 1]! - start === key.length && text.startsWith(key, start)) return i;
    }
    return -1;
  }
}

/** Where each of `pieces` (strings, arrays) starts once they are joined end to end, and where the last ends. */
export function startsOf(pieces: ReadonlyArray<{ readonly length: number }>): Int32Array {
  const starts = new Int32Array(pieces.length + 1);
  for (let i = 0; i < pieces.length; i++) starts[i + 1] = starts[i]! + pieces[i]!.length;
  return starts;
}

/** FNV-1a over the UTF-16 units of `text[from..to)`. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
