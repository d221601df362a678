import { createReadStream } from 'node:fs';

export interface Progress {
  update(linesDone: number): void;
  done(): void;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const PLAIN_EVERY_MS = 5000;
const BAR_WIDTH = 30;

/** A one-line bar (redrawn in place) on a terminal; a plain line every few seconds otherwise (CI, logs). */
export function createProgress(total: number, out: NodeJS.WriteStream = process.stdout): Progress {
  const started = Date.now();
  let lastPlain = started;
  let drawn = false;
  const rate = (done: number) => done / Math.max(0.001, (Date.now() - started) / 1000);
  return {
    update(done) {
      if (out.isTTY) {
        const share = total > 0 ? Math.min(1, done / total) : 0;
        const filled = Math.round(share * BAR_WIDTH);
        const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
        out.write(`\r${bar} ${fmt(done)}/${fmt(total)} lines, ${fmt(rate(done))} lines/s\x1b[K`);
        drawn = true;
      } else if (Date.now() - lastPlain >= PLAIN_EVERY_MS) {
        lastPlain = Date.now();
        out.write(`progress: ${fmt(done)}/${fmt(total)} lines, ${fmt(rate(done))} lines/s\n`);
      }
    },
    done() {
      if (drawn) out.write('\n');
    },
  };
}

/** Non-blank lines in a file (the progress total), counted in one streaming pass. */
export async function countLines(path: string): Promise<number> {
  let count = 0;
  let blank = true;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (!blank) count++;
        blank = true;
      } else if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) blank = false;
    }
  }
  return blank ? count : count + 1;
}
