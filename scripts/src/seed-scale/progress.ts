/** A one-line progress bar on a terminal; plain lines every 10 % otherwise (logs, CI). */
export class Progress {
  private done = 0;
  private lastTenth = -1;
  private lastDraw = 0;
  private readonly started = performance.now();
  private readonly tty: boolean;
  private readonly total: number;
  private readonly stream: NodeJS.WriteStream;
  private readonly quiet: boolean;

  constructor(total: number, options: { stream?: NodeJS.WriteStream; quiet?: boolean } = {}) {
    this.total = total;
    this.stream = options.stream ?? process.stderr;
    this.quiet = options.quiet ?? false;
    this.tty = !this.quiet && Boolean(this.stream.isTTY);
  }

  advance(count: number, label: string): void {
    this.done = Math.min(this.total, this.done + count);
    if (this.quiet) return;
    const ratio = this.total === 0 ? 1 : this.done / this.total;
    const elapsed = (performance.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const text = `${(ratio * 100).toFixed(0).padStart(3)} %  ${this.done.toLocaleString('fr-FR')}/${this.total.toLocaleString('fr-FR')}  ${label.padEnd(14)} ${Math.round(rate)}/s  reste ${eta.toFixed(0)} s`;
    if (this.tty) {
      const now = performance.now();
      if (now - this.lastDraw < 80 && this.done < this.total) return;
      this.lastDraw = now;
      const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - text.length - 4));
      const filled = Math.round(ratio * width);
      this.stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}\x1b[K`);
    } else {
      const tenth = Math.floor(ratio * 10);
      if (tenth !== this.lastTenth) {
        this.lastTenth = tenth;
        this.stream.write(`${text}\n`);
      }
    }
  }

  finish(): void {
    if (this.tty) this.stream.write('\n');
  }
}
