/** Builds the cleaned text one original slice at a time, remembering where each character came from. */
export class CleanTextBuilder {
  private readonly chunks: string[] = [];
  private readonly origins: number[] = [];
  private length = 0;

  constructor(private readonly original: string) {}

  get position(): number {
    return this.length;
  }

  /** Appends `original[start:end]`, folding runs of white space into one space. */
  appendOriginal(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const char = this.original[i]!;
      if (/\s/.test(char)) {
        if (this.length === 0 || this.lastChar() === ' ' || this.lastChar() === '\n') continue;
        this.push(' ', i);
      } else {
        this.push(char, i);
      }
    }
  }

  /** Appends text that is not in the original (a paragraph break), mapped to `origin`. */
  appendSynthetic(text: string, origin: number): void {
    for (const char of text) this.push(char, origin);
  }

  trimTrailingSpace(): void {
    while (this.length > 0 && this.lastChar() === ' ') {
      this.chunks.pop();
      this.origins.pop();
      this.length--;
    }
  }

  build(): { text: string; offsets: Int32Array } {
    return { text: this.chunks.join(''), offsets: Int32Array.from(this.origins) };
  }

  private lastChar(): string {
    return this.chunks[this.chunks.length - 1] ?? '';
  }

  private push(char: string, origin: number): void {
    this.chunks.push(char);
    this.origins.push(origin);
    this.length++;
  }
}
