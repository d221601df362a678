import { parseArgs } from './cli-args';

describe('eval command line', () => {
  it('reads the notices file, country filter and output files', () => {
    expect(parseArgs(['--notices', 'n.jsonl', '--only-country', 'se', '--json', 'o.json'])).toEqual({
      notices: 'n.jsonl',
      onlyCountry: 'SE',
      json: 'o.json',
      cases: null,
      cv: null,
      replay: null,
    });
  });

  it('reads the cross-validation mode and a replayed cases file', () => {
    expect(parseArgs(['--replay', 'c.json', '--cv', 'country'])).toMatchObject({ notices: '', cv: 'country', replay: 'c.json' });
    expect(() => parseArgs(['--notices', 'n', '--cv', 'language'])).toThrow(/--cv takes "country"/);
  });

  it('refuses a missing notices file, unknown flags and bad country codes', () => {
    expect(() => parseArgs([])).toThrow(/--notices is required/);
    expect(() => parseArgs(['--notices', 'n', '--fast', 'yes'])).toThrow(/unknown argument --fast/);
    expect(() => parseArgs(['--notices', 'n', '--only-country', 'SWE'])).toThrow(/two-letter/);
  });
});
