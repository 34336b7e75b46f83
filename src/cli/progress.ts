export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

/** A one-line progress bar, redrawn in place on a terminal. */
export class ProgressBar {
  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {}

  update(done: number, label: string): void {
    const width = 24;
    const filled = Math.round((width * Math.min(done, this.total)) / Math.max(1, this.total));
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${label}`;
    this.stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, (this.stream.columns || 80) - 1))}`);
  }

  clear(): void {
    this.stream.write('\r\x1b[2K');
  }
}
