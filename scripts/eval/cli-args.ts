export interface EvalArgs {
  notices: string;
  onlyCountry: string | null;
  json: string | null;
  /** Per-query rankings of every method, for inspecting failures. */
  cases: string | null;
  /** `--cv country`: leave-one-country-out cross-validation of the settings (cross-validation.ts). */
  cv: 'country' | null;
  /** `--replay <cases.json>`: report on the cases of an earlier `--cases` run instead of ranking again. */
  replay: string | null;
}

export const USAGE =
  'usage: npm run eval -- --notices <file.jsonl> [--only-country XX] [--json <out.json>] [--cases <out.json>] [--cv country] [--replay <cases.json>]';

/** Parses the eval command line; throws the usage on anything unknown or missing. */
export function parseArgs(argv: readonly string[]): EvalArgs {
  const out: EvalArgs = { notices: '', onlyCountry: null, json: null, cases: null, cv: null, replay: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--notices') out.notices = value;
    else if (flag === '--json') out.json = value;
    else if (flag === '--cases') out.cases = value;
    else if (flag === '--replay') out.replay = value;
    else if (flag === '--cv') {
      if (value !== 'country') throw new Error(`--cv takes "country" (leave-one-country-out)\n${USAGE}`);
      out.cv = value;
    } else if (flag === '--only-country') {
      if (!/^[A-Za-z]{2}$/.test(value)) throw new Error(`--only-country takes a two-letter country code\n${USAGE}`);
      out.onlyCountry = value.toUpperCase();
    } else throw new Error(`unknown argument ${flag}\n${USAGE}`);
    i++;
  }
  if (!out.notices && !out.replay) throw new Error(`--notices is required\n${USAGE}`);
  return out;
}
