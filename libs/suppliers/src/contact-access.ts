import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, belongsTo } from '@navet/identity';

/**
 * Who may read a supplier's contact e-mail: the supplier itself, admins, and buyers with a
 * CONNECTED match with the supplier on one of their needs.
 */
@Injectable()
export class ContactAccess {
  constructor(private readonly ds: DataSource) {}

  /** The ids of the given profiles whose contact e-mail the viewer may read (one query at most). */
  async readableContacts(
    viewer: Actor | null,
    profiles: readonly { id: string; organizationId: string }[],
  ): Promise<Set<string>> {
    const out = new Set<string>();
    if (!viewer) return out;
    const rest: string[] = [];
    for (const p of profiles) {
      if (belongsTo(viewer, p.organizationId)) out.add(p.id);
      else rest.push(p.id);
    }
    if (rest.length === 0 || viewer.role !== 'BUYER') return out;
    const rows: { supplier_id: string }[] = await this.ds.query(
      `SELECT DISTINCT m.supplier_id FROM matches m JOIN needs n ON n.id = m.need_id
        WHERE m.status = 'CONNECTED' AND n.buyer_organization_id = $1 AND m.supplier_id = ANY($2::uuid[])`,
      [viewer.organizationId, rest],
    );
    rows.forEach((r) => out.add(r.supplier_id));
    return out;
  }
}
