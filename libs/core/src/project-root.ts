import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/** The folder holding Navet's package.json, whether running from sources or from dist/. */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'libs'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find the Navet project root');
    dir = up;
  }
  cached = dir;
  return dir;
}
