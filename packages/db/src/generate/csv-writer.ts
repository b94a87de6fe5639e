/**
 * Collects CSV lines into byte chunks of about a megabyte. Writing lines straight into a
 * buffer keeps millions of short-lived strings from piling up as one long concatenation,
 * which otherwise makes the garbage collector the generator's largest cost.
 */
export const CHUNK_BYTES = 1 << 20;
const SLACK = 64 * 1024;

export class CsvWriter {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES + SLACK);
  private length = 0;
  /** Full chunks ready to be handed out, oldest first. */
  readonly ready: Uint8Array[] = [];

  line(text: string): void {
    if (this.length + text.length * 3 > this.buffer.length) this.flush();
    this.length += this.buffer.write(text, this.length, 'utf8');
    if (this.length >= CHUNK_BYTES) this.flush();
  }

  /** Moves what was written into `ready` and starts a new chunk. */
  flush(): void {
    if (this.length === 0) return;
    this.ready.push(this.buffer.subarray(0, this.length));
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES + SLACK);
    this.length = 0;
  }

  /** Hands out the ready chunks. */
  *drain(): Generator<Uint8Array> {
    while (this.ready.length > 0) yield this.ready.shift()!;
  }
}
