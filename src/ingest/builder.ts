import { decodeHTMLStrict } from 'entities';
import { keepShapeOf } from '../shapes.js';

// A character reference that ends with its semicolon: `&amp;`, `&#8217;`, `&#x201C;`. Without
// the semicolon ("AT&T", "&copy2025") text is left as written.
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
// What a reference may decode to that is dropped, as the inline rule drops it when written out:
// zero-width and bidirectional controls, soft hyphens, C0 controls.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/;

/**
 * Builds the cleaned text one original slice at a time, remembering where each character came
 * from: `offsets[i]` is where clean character `i` starts in the original, `ends[i]` where it
 * ends (one past a plain character, past the `;` of a decoded character reference).
 *
 * Characters, origins and ends are kept in typed arrays grown by doubling: an article is read
 * one character at a time, and growing three JavaScript arrays by `push` allocated some twenty
 * times the article's size in garbage.
 */
export class CleanTextBuilder {
  private codes = new Uint16Array(1024);
  private origins = new Int32Array(1024);
  private originEnds = new Int32Array(1024);
  private length = 0;

  constructor(private readonly original: string) {}

  get position(): number {
    return this.length;
  }

  /**
   * Appends `original[start:end]`, folding runs of white space into one space and decoding
   * HTML character references.
   */
  appendOriginal(start: number, end: number): void {
    const original = this.original;
    for (let i = start; i < end; i++) {
      const code = original.charCodeAt(i);
      if (code === AMPERSAND) {
        REFERENCE.lastIndex = i;
        const match = REFERENCE.exec(original);
        if (match && i + match[0].length <= end) {
          const decoded = decodeHTMLStrict(match[0]);
          if (decoded !== match[0]) {
            const after = i + match[0].length;
            for (let k = 0; k < decoded.length; k++) this.appendCode(decoded.charCodeAt(k), i, after);
            i = after - 1;
            continue;
          }
        }
      }
      this.appendCode(code, i, i + 1);
    }
  }

  /** Appends text that is not in the original (a paragraph break), mapped to `origin`. */
  appendSynthetic(text: string, origin: number): void {
    for (let k = 0; k < text.length; k++) this.push(text.charCodeAt(k), origin, origin + 1);
  }

  /**
   * Appends the space that joins two lines of a paragraph, mapped to `origin`, unless the text
   * already ends in one (a line whose last characters were invisible ones, dropped after its
   * white space).
   */
  appendJoiningSpace(origin: number): void {
    if (this.lastCode() !== SPACE) this.push(SPACE, origin, origin + 1);
  }

  trimTrailingSpace(): void {
    while (this.length > 0 && this.lastCode() === SPACE) this.length--;
  }

  build(): { text: string; offsets: Int32Array; ends: Int32Array } {
    return { text: textOf(this.codes, this.length), offsets: this.origins.slice(0, this.length), ends: this.originEnds.slice(0, this.length) };
  }

  private appendCode(code: number, origin: number, originEnd: number): void {
    if (isWhiteSpace(code)) {
      const last = this.lastCode();
      if (this.length === 0 || last === SPACE || last === NEWLINE) return;
      this.push(SPACE, origin, originEnd);
    } else if (!isInvisible(code)) {
      this.push(code, origin, originEnd);
    }
  }

  private lastCode(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : -1;
  }

  private push(code: number, origin: number, originEnd: number): void {
    if (this.length === this.codes.length) {
      const size = this.length * 2;
      this.codes = grown(this.codes, new Uint16Array(size));
      this.origins = grown(this.origins, new Int32Array(size));
      this.originEnds = grown(this.originEnds, new Int32Array(size));
    }
    this.codes[this.length] = code;
    this.origins[this.length] = origin;
    this.originEnds[this.length] = originEnd;
    this.length++;
  }
}

const AMPERSAND = 0x26;
const SPACE = 0x20;
const NEWLINE = 0x0a;

function grown<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// ASCII is answered here; other characters by the regular expressions, so that white space is
// exactly what `\s` means in JavaScript.
const isWhiteSpace = (code: number) => (code < 0x80 ? code === SPACE || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE.test(String.fromCharCode(code)));
const isInvisible = (code: number) => (code < 0x80 ? code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f : INVISIBLE.test(String.fromCharCode(code)));
const WHITE_SPACE = /\s/;

/** The text of the first `length` UTF-16 code units, converted a slice at a time (arguments are limited). */
function textOf(codes: Uint16Array, length: number): string {
  const SLICE = 8192;
  let text = '';
  for (let i = 0; i < length; i += SLICE) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + SLICE)) as unknown as number[]);
  return text;
}

keepShapeOf(new CleanTextBuilder(''));
