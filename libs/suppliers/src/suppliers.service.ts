import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, isId, newId } from '@navet/core';
import { entitiesByIds, inTransaction } from '@navet/database';
import { Actor, belongsTo, OrganizationEntity, requireActor, requireRole } from '@navet/identity';
import { OutboxWriter } from '@navet/outbox';
import { ReferenceCatalogue } from '@navet/reference';
import { UpsertProfileInput, validateProfile } from './domain/profile-input';
import { SupplierProfile } from './domain/supplier-profile';
import { SupplierProfileEntity } from './persistence/supplier-profile.entity';
import { toSupplierProfile } from './persistence/supplier-profile.mapper';

/** One capability profile per supplier organization. */
@Injectable()
export class SuppliersService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async upsert(actor: Actor | null, input: UpsertProfileInput): Promise<SupplierProfile> {
    const supplier = requireRole(actor, 'SUPPLIER');
    const now = new Date();
    const fields = validateProfile(input, this.catalogue, now);
    return inTransaction(this.ds, async (em) => {
      const org = await em.findOne(OrganizationEntity, {
        where: { id: supplier.organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!org || org.kind !== 'SUPPLIER') throw new DomainError('FORBIDDEN', 'Only supplier organizations keep a profile');
      // The organization row lock serialises concurrent upserts, so "one profile per organization" holds.
      const existing = await em.findOneBy(SupplierProfileEntity, { organizationId: org.id });
      const entity = existing
        ? Object.assign(existing, fields, { version: existing.version + 1, updatedAt: now })
        : Object.assign(new SupplierProfileEntity(), {
            ...fields,
            id: newId(),
            organizationId: org.id,
            sourceRef: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          } satisfies SupplierProfileEntity);
      await em.save(entity);
      await this.outbox.add(em, { type: 'supplier.updated', payload: { supplierId: entity.id } });
      return toSupplierProfile(entity);
    });
  }

  /** Signed-in users only; hidden profiles only for their own organization and admins. */
  async findVisible(actor: Actor | null, id: string): Promise<SupplierProfile | null> {
    requireActor(actor);
    if (!isId(id)) return null;
    const p = await this.ds.getRepository(SupplierProfileEntity).findOneBy({ id });
    return p && (p.discoverable || belongsTo(actor, p.organizationId)) ? toSupplierProfile(p) : null;
  }

  async mine(actor: Actor | null): Promise<SupplierProfile | null> {
    const a = requireActor(actor);
    const p = await this.ds.getRepository(SupplierProfileEntity).findOneBy({ organizationId: a.organizationId });
    return p ? toSupplierProfile(p) : null;
  }

  /** Batch load for search hits; hidden profiles are dropped; order follows `ids`. */
  async findVisibleByIds(actor: Actor | null, ids: readonly string[]): Promise<SupplierProfile[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const rows = await entitiesByIds(this.ds.getRepository(SupplierProfileEntity), valid);
    const byId = new Map(
      rows.filter((p) => p.discoverable || belongsTo(actor, p.organizationId)).map((p) => [p.id, toSupplierProfile(p)]),
    );
    return valid.map((id) => byId.get(id)).filter((p): p is SupplierProfile => !!p);
  }

  /** No visibility filter: for callers that authorised access already (a match's parties). */
  async findByIds(ids: readonly string[]): Promise<SupplierProfile[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return (await entitiesByIds(this.ds.getRepository(SupplierProfileEntity), valid)).map(toSupplierProfile);
  }

  async countDiscoverable(): Promise<number> {
    return this.ds.getRepository(SupplierProfileEntity).countBy({ discoverable: true });
  }
}
