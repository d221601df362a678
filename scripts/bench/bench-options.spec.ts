import { DEFAULT_OPTIONS, parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it("defaults to the issue's scale", () => {
    expect(parseBenchOptions([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toMatchObject({ profiles: 100_000, needs: 20_000, duration: 60 });
  });

  it('reads scale, duration and the JSON path', () => {
    expect(
      parseBenchOptions([
        '--profiles',
        '5000',
        '--needs',
        '1000',
        '--duration',
        '10',
        '--api-duration',
        '5',
        '--json',
        'out.json',
      ]),
    ).toMatchObject({
      profiles: 5000,
      needs: 1000,
      duration: 10,
      apiDuration: 5,
      json: 'out.json',
    });
  });

  it('refuses unknown flags and bad numbers', () => {
    expect(() => parseBenchOptions(['--profile', '5'])).toThrow('unknown flag --profile');
    expect(() => parseBenchOptions(['--needs', 'many'])).toThrow('--needs must be a positive number');
    expect(() => parseBenchOptions(['--needs'])).toThrow('--needs needs a value');
  });
});
