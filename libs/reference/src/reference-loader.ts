import { DataSource } from 'typeorm';
import { ReferenceCatalogue } from './reference-catalogue';

/**
 * Copies the catalogue into PostgreSQL (cpv_codes; regions: the Swedish list and the other NUTS 2021 regions,
 * with levels, parents and names) so SQL reports and the full-text baseline can join on labels.
 * Idempotent: upserts every row.
 */
export async function loadReferenceData(
  ds: DataSource,
  catalogue: ReferenceCatalogue,
): Promise<{ cpv: number; regions: number }> {
  const cpv = catalogue.allCpv();
  await ds.transaction(async (em) => {
    for (let i = 0; i < cpv.length; i += 1000) {
      const chunk = cpv.slice(i, i + 1000);
      const params: unknown[] = [];
      const rows = chunk.map((c, j) => {
        params.push(c.code, c.labelSv, c.labelEn, c.parentCode, c.level);
        const b = j * 5;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
      });
      await em.query(
        `INSERT INTO cpv_codes (code, label_sv, label_en, parent_code, level) VALUES ${rows.join(', ')}
         ON CONFLICT (code) DO UPDATE SET label_sv = EXCLUDED.label_sv, label_en = EXCLUDED.label_en,
           parent_code = EXCLUDED.parent_code, level = EXCLUDED.level`,
        params,
      );
    }
    const regions = catalogue.allRegions();
    for (let i = 0; i < regions.length; i += 1000) {
      const params: unknown[] = [];
      const rows = regions.slice(i, i + 1000).map((r, j) => {
        params.push(r.code, r.name, r.level, r.parentCode);
        const b = j * 4;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4})`;
      });
      await em.query(
        `INSERT INTO regions (code, name, level, parent_code) VALUES ${rows.join(', ')}
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code`,
        params,
      );
    }
  });
  return { cpv: cpv.length, regions: catalogue.allRegions().length };
}
