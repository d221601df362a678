import { DataSource } from 'typeorm';
import { ReferenceCatalogue } from './reference-catalogue';

/**
 * Copies the catalogue into PostgreSQL (cpv_codes, regions) so SQL reports and the full-text
 * baseline can join on labels. Idempotent: upserts every row.
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
    for (const r of catalogue.regions()) {
      await em.query(
        `INSERT INTO regions (code, name, level, parent_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code`,
        [r.code, r.name, r.level, r.parentCode],
      );
    }
  });
  return { cpv: cpv.length, regions: catalogue.regions().length };
}
