import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allNamespaces } from '../src/i18n/resources';

const namespaces = await allNamespaces();

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const values = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f: string) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'gql' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('messages', () => {
  it.each(Object.entries(namespaces))('%s has the same keys in Swedish and English, none empty', (_ns, m) => {
    expect(keys(m.en as Tree).sort()).toEqual(keys(m.sv as Tree).sort());
    for (const v of [...values(m.sv as Tree), ...values(m.en as Tree)]) expect(v.trim()).not.toBe('');
  });

  it('every literal key a screen asks for exists in its namespace', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(import.meta.dirname, '../src'))) {
      const text = readFileSync(file, 'utf8');
      const ns = /useTranslation\('(\w+)'\)/.exec(text)?.[1] ?? 'shared';
      for (const [, key] of text.matchAll(/\bt\('([\w.:]+)'/g)) {
        const [space, path] = key!.includes(':') ? key!.split(':') : [ns, key!];
        const table = namespaces[space as keyof typeof namespaces];
        if (!table || !keys(table.sv as Tree).includes(path!)) missing.push(`${file.replace(/.*src\//, '')}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
