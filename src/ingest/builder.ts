import { decodeHTMLStrict } from 'entities';

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
 */
export class CleanTextBuilder {
  private readonly chunks: string[] = [];
  private readonly origins: number[] = [];
  private readonly originEnds: number[] = [];
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
    for (let i = start; i < end; i++) {
      const char = this.original[i]!;
      if (char === '&') {
        REFERENCE.lastIndex = i;
        const match = REFERENCE.exec(this.original);
        if (match && i + match[0].length <= end) {
          const decoded = decodeHTMLStrict(match[0]);
          if (decoded !== match[0]) {
            const after = i + match[0].length;
            for (let k = 0; k < decoded.length; k++) this.appendChar(decoded[k]!, i, after);
            i = after - 1;
            continue;
          }
        }
      }
      this.appendChar(char, i, i + 1);
    }
  }

  /** Appends text that is not in the original (a paragraph break), mapped to `origin`. */
  appendSynthetic(text: string, origin: number): void {
    for (let k = 0; k < text.length; k++) this.push(text[k]!, origin, origin + 1);
  }

  /**
   * Appends the space that joins two lines of a paragraph, mapped to `origin`, unless the text
   * already ends in one (a line whose last characters were invisible ones, dropped after its
   * white space).
   */
  appendJoiningSpace(origin: number): void {
    if (this.lastChar() !== ' ') this.push(' ', origin, origin + 1);
  }

  trimTrailingSpace(): void {
    while (this.length > 0 && this.lastChar() === ' ') {
      this.chunks.pop();
      this.origins.pop();
      this.originEnds.pop();
      this.length--;
    }
  }

  build(): { text: string; offsets: Int32Array; ends: Int32Array } {
    return { text: this.chunks.join(''), offsets: Int32Array.from(this.origins), ends: Int32Array.from(this.originEnds) };
  }

  private appendChar(char: string, origin: number, originEnd: number): void {
    if (/\s/.test(char)) {
      if (this.length === 0 || this.lastChar() === ' ' || this.lastChar() === '\n') return;
      this.push(' ', origin, originEnd);
    } else if (!INVISIBLE.test(char)) {
      this.push(char, origin, originEnd);
    }
  }

  private lastChar(): string {
    return this.chunks[this.chunks.length - 1] ?? '';
  }

  private push(char: string, origin: number, originEnd: number): void {
    this.chunks.push(char);
    this.origins.push(origin);
    this.originEnds.push(originEnd);
    this.length++;
  }
}
