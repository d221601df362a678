// Runs one of Navet's TypeScript entry points (`node run-ts.cjs apps/worker/main.ts`) from its
// sources, compiled on load by SWC with Jest's options and tsconfig's @navet/* paths: a test's child
// process runs the code under test, never a stale dist/ build.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { isAbsolute, join } = require('node:path');
const { transformSync } = require('@swc/core');

const root = join(__dirname, '../../../..');
const paths = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions.paths;
const aliases = new Map(Object.entries(paths).map(([alias, [target]]) => [alias, join(root, target)]));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swc, filename });
  module._compile(code, filename);
};

const entry = process.argv[2];
if (!entry) throw new Error('usage: node run-ts.cjs <entry.ts>');
require(isAbsolute(entry) ? entry : join(root, entry));
