import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, belongsTo } from '@navet/identity';
import { needIdsOfBuyer } from '@navet/needs';

/**
 * Who may read a supplier's contact e-mail: the supplier itself, admins, and buyers with a
 * CONNECTED match with the supplier on one of their needs.
 */
@Injectable()
export class ContactAccess {
  constructor(private readonly ds: DataSource) {}

  /** The ids of the given profiles whose contact e-mail the viewer may read (two queries at most). */
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
    const needIds = await needIdsOfBuyer(this.ds, viewer.organizationId);
    if (needIds.length === 0) return out;
    const rows: { supplier_id: string }[] = await this.ds.query(
      `SELECT DISTINCT m.supplier_id FROM matches m
        WHERE m.status = 'CONNECTED' AND m.need_id = ANY($1::uuid[]) AND m.supplier_id = ANY($2::uuid[])`,
      [needIds, rest],
    );
    rows.forEach((r) => out.add(r.supplier_id));
    return out;
  }
}
