import { ReferenceCatalogue } from '@navet/reference';
import { cpvPairMatch, cpvProximity } from './cpv-proximity';

const catalogue = ReferenceCatalogue.fromFiles();

describe('cpvPairMatch', () => {
  it.each([
    ['same code', '72212000-4', '72212000-4', 1],
    ['same code without check digit', '72212000-4', '72212000', 1],
    ['same category (5 digits)', '72212100-5', '72212200-6', 0.8],
    ['deeper than category still counts as category', '72212110-8', '72212120-1', 0.8],
    ['same class (4 digits)', '72212000-4', '72211000-7', 0.6],
    ['same group (3 digits)', '72212000-4', '72220000-3', 0.4],
    ['same division (2 digits)', '72212000-4', '72100000-6', 0.2],
    ['different divisions', '72212000-4', '45000000-7', 0],
    ['broad supplier code (ancestor) by the shared prefix', '72212000-4', '72000000-5', 0.2],
    ['supplier class ancestor of need category', '72212100-5', '72210000-0', 0.6],
    ['supplier more specific than need', '72210000-0', '72212100-5', 0.6],
  ])('%s', (_what, need, supplier, value) => {
    expect(cpvPairMatch(need, supplier).value).toBe(value);
  });

  it('does not let trailing zeros count as shared digits', () => {
    // 72000000 has significant digits "72"; sharing a third "0" with 72010000 would be wrong.
    expect(cpvPairMatch('72000000-5', '72010000').value).toBe(0.2);
    expect(cpvPairMatch('72212000-4', '72000000-5').sharedPrefix).toBe('72');
  });
});

describe('cpvProximity', () => {
  it('takes the best pair over both lists', () => {
    const out = cpvProximity(['45000000-7', '72212000-4'], ['33100000-1', '72210000-0', '72000000-5'], catalogue, 'en');
    expect(out.value).toBe(0.6);
    expect(out.best).toMatchObject({ needCode: '72212000-4', supplierCode: '72210000-0', sharedPrefix: '7221' });
    expect(out.detail).toBe('CPV 72212000 shares class 7221 (Programming services of packaged software products) with 72210000');
  });

  it('writes Swedish details by default with the label of the shared level', () => {
    const out = cpvProximity(['72212000-4'], ['72210000-0'], catalogue);
    expect(out.detail).toBe('CPV 72212000 delar klass 7221 (Programmering av programpaket) med 72210000');
    expect(out.reason).toBe('samma CPV-klass 7221 (Programmering av programpaket)');
  });

  it('names the level of a broad supplier code', () => {
    expect(cpvProximity(['72212000-4'], ['72000000-5'], catalogue, 'sv').detail).toBe(
      'CPV 72212000 delar avdelning 72 (IT-tjänster: konsultverksamhet, programvaruutveckling, Internet och stöd) med 72000000',
    );
    expect(cpvProximity(['72212000-4'], ['72220000-3'], catalogue, 'en').detail).toMatch(
      /^CPV 72212000 shares group 722 \(.+\) with 72220000$/,
    );
  });

  it('says when the code is the same', () => {
    const out = cpvProximity(['72212000-4'], ['72212000-4'], catalogue, 'en');
    expect(out.value).toBe(1);
    expect(out.detail).toBe("CPV 72212000 (Programming services of application software) is in the supplier's profile");
  });

  it('is 0 with no shared division or no codes, and gives no reason', () => {
    const none = cpvProximity(['72212000-4'], ['45000000-7'], catalogue, 'en');
    expect(none).toMatchObject({ value: 0, detail: 'No shared CPV area', reason: null, best: null });
    expect(cpvProximity([], ['45000000-7'], catalogue, 'sv').detail).toBe('CPV-koder saknas för jämförelse');
  });

  it('prefers the deeper shared prefix among equal values', () => {
    const out = cpvProximity(['72212110-8'], ['72212000-4', '72212100-5'], catalogue, 'en');
    expect(out.value).toBe(0.8);
    expect(out.best?.sharedPrefix).toBe('722121');
  });
});
