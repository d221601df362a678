import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The lines of a UTF-8 text file, streamed (constant memory for files of any size); CRLF tolerated. */
export async function* readLines(path: string): AsyncIterable<string> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
    input.destroy();
  }
}
