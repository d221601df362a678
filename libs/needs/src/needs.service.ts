import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, isId, newId, notFound } from '@navet/core';
import { entitiesByIds, entityById, inTransaction } from '@navet/database';
import { Actor, belongsTo, contactEmails, contactKey, isAdmin, OrganizationEntity, requireRole } from '@navet/identity';
import { appendLedgerEntry } from '@navet/ledger';
import { OutboxWriter } from '@navet/outbox';
import { ReferenceCatalogue } from '@navet/reference';
import { Need, NeedStatus } from './domain/need';
import { NeedOutcome, outcomeLedgerSummary } from './domain/need-outcome';
import { CreateNeedInput, UpdateNeedInput, validateNeedChanges, validateNewNeed } from './domain/need-input';
import {
  assertCanClose,
  assertCanEdit,
  assertCanPublish,
  assertVersion,
  closedChange,
  draftState,
  publishedState,
} from './domain/need-lifecycle';
import { NeedEntity } from './persistence/need.entity';
import { toNeed } from './persistence/need.mapper';
import { needOwners } from './persistence/need.reader';
import { snapshotNeedVersions } from './persistence/need-version.writer';
import { insertNeedOutcomes, needOutcomesByNeedIds } from './persistence/need-outcome.store';

/** Drafting, publishing, closing and reading needs. Every change bumps `version` and writes the outbox. */
@Injectable()
export class NeedsService {
  private readonly logger = new Logger(NeedsService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async create(actor: Actor | null, input: CreateNeedInput): Promise<Need> {
    const buyer = requireRole(actor, 'BUYER');
    const now = new Date();
    const fields = validateNewNeed(input, this.catalogue, now);
    const entity = Object.assign(new NeedEntity(), {
      ...fields,
      id: newId(),
      buyerOrganizationId: buyer.organizationId,
      createdByUserId: buyer.userId,
      ...draftState(),
      sourceRef: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    } satisfies NeedEntity);
    await this.ds.getRepository(NeedEntity).insert(entity);
    return toNeed(entity);
  }

  async update(actor: Actor | null, id: string, input: UpdateNeedInput): Promise<Need> {
    const buyer = requireRole(actor, 'BUYER');
    const now = new Date();
    const changes = validateNeedChanges(input, this.catalogue, now);
    return inTransaction(this.ds, async (em) => {
      const need = await this.lockOwned(em, buyer, id);
      assertVersion(need.version, input.expectedVersion);
      assertCanEdit(need.status);
      Object.assign(need, changes, { version: need.version + 1, updatedAt: now });
      await em.save(need);
      if (need.status === 'PUBLISHED') {
        await snapshotNeedVersions(em, [need.id]);
        await this.outbox.add(em, { type: 'need.updated', payload: { needId: need.id } });
        await appendLedgerEntry(em, {
          needId: need.id,
          action: 'NEED_UPDATED',
          actorOrganizationId: buyer.organizationId,
          summary: `The buyer changed the published need (version ${need.version})`,
          at: now,
        });
      }
      return toNeed(need);
    });
  }

  async publish(actor: Actor | null, id: string): Promise<Need> {
    const buyer = requireRole(actor, 'BUYER');
    return inTransaction(this.ds, async (em) => {
      const need = await this.lockOwned(em, buyer, id);
      const org = await em.findOneBy(OrganizationEntity, { id: need.buyerOrganizationId });
      assertCanPublish(need.status, org?.verified === true);
      const now = new Date();
      Object.assign(need, publishedState(now, need.stage), { version: need.version + 1, updatedAt: now });
      await em.save(need);
      await snapshotNeedVersions(em, [need.id]);
      await this.outbox.add(em, { type: 'need.published', payload: { needId: need.id } });
      await appendLedgerEntry(em, {
        needId: need.id,
        action: 'NEED_PUBLISHED',
        actorOrganizationId: buyer.organizationId,
        summary: `The buyer published the need (version ${need.version})`,
        at: now,
      });
      this.logger.log({ needId: need.id }, 'need published');
      return toNeed(need);
    });
  }

  /** The owning buyer closes; admins may close too (moderation). */
  async close(actor: Actor | null, id: string): Promise<Need> {
    const a = requireRole(actor, 'BUYER', 'ADMIN');
    return inTransaction(this.ds, (em) => this.closeIn(em, a, id, null));
  }

  /**
   * Closes inside the caller's transaction, with an optional validated outcome (`validateNeedOutcome`):
   * stored with the need, PROCURED moves the stage to CONTRACTED, and the ledger records both. The
   * caller (the outcome use case) marks the contracted suppliers' matches in the same transaction.
   */
  async closeIn(em: EntityManager, a: Actor, id: string, outcome: NeedOutcome | null): Promise<Need> {
    const need = await this.lockOwned(em, a, id);
    assertCanClose(need.status);
    const now = new Date();
    const stage = outcome?.result === 'PROCURED' ? { stage: 'CONTRACTED' as const } : {};
    Object.assign(need, closedChange(now), stage, { version: need.version + 1, updatedAt: now });
    await em.save(need);
    await snapshotNeedVersions(em, [need.id]);
    await this.outbox.add(em, { type: 'need.closed', payload: { needId: need.id } });
    await appendLedgerEntry(em, {
      needId: need.id,
      action: 'NEED_CLOSED',
      actorOrganizationId: a.organizationId,
      summary: a.role === 'ADMIN' ? 'Navet closed the need (moderation)' : 'The buyer closed the need',
      at: now,
    });
    if (outcome) {
      await insertNeedOutcomes(em, [{ needId: need.id, outcome }]);
      await appendLedgerEntry(em, {
        needId: need.id,
        action: 'NEED_OUTCOME_RECORDED',
        actorOrganizationId: a.organizationId,
        summary: outcomeLedgerSummary(outcome),
        at: now,
      });
    }
    return toNeed(need);
  }

  /** Published and closed needs are public documents; drafts only for their organization and admins. */
  async findVisible(actor: Actor | null, id: string): Promise<Need | null> {
    if (!isId(id)) return null;
    const need = await entityById(this.ds.getRepository(NeedEntity), id);
    if (!need || !this.canSee(actor, need)) return null;
    return toNeed(need);
  }

  async mine(actor: Actor | null, status?: NeedStatus | null): Promise<Need[]> {
    const buyer = requireRole(actor, 'BUYER');
    const rows = await this.ds.getRepository(NeedEntity).find({
      where: { buyerOrganizationId: buyer.organizationId, ...(status ? { status } : {}) },
      order: { updatedAt: 'DESC' },
      take: 500,
    });
    return rows.map(toNeed);
  }

  /** Batch load for search hits and loaders; invisible needs are dropped, order follows `ids`. */
  async findVisibleByIds(actor: Actor | null, ids: readonly string[]): Promise<Need[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const rows = await entitiesByIds(this.ds.getRepository(NeedEntity), valid);
    const byId = new Map(rows.filter((r) => this.canSee(actor, r)).map((r) => [r.id, toNeed(r)]));
    return valid.map((id) => byId.get(id)).filter((n): n is Need => !!n);
  }

  /** No visibility filter: for callers that authorised access already (a match's parties). */
  async findByIds(ids: readonly string[]): Promise<Need[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return (await entitiesByIds(this.ds.getRepository(NeedEntity), valid)).map(toNeed);
  }

  /** The buyer-side contact of each need: its author, else the organization's first user (one batch). */
  async contactEmails(needIds: readonly string[]): Promise<Map<string, string>> {
    const owners = await needOwners(this.ds, needIds.filter(isId));
    const wanted = [...owners.values()].map((o) => ({
      organizationId: o.buyerOrganizationId,
      preferredUserId: o.createdByUserId,
    }));
    const emails = await contactEmails(this.ds, wanted);
    const out = new Map<string, string>();
    for (const [needId, o] of owners) {
      const email = emails.get(contactKey(o.buyerOrganizationId, o.createdByUserId));
      if (email) out.set(needId, email);
    }
    return out;
  }

  /** Need id -> its recorded outcome (public with the need). */
  outcomesOf(needIds: readonly string[]): Promise<Map<string, NeedOutcome>> {
    return needOutcomesByNeedIds(this.ds, needIds.filter(isId));
  }

  async countPublished(): Promise<number> {
    return this.ds.getRepository(NeedEntity).countBy({ status: 'PUBLISHED' });
  }

  private canSee(actor: Actor | null, need: NeedEntity): boolean {
    return need.status !== 'DRAFT' || belongsTo(actor, need.buyerOrganizationId);
  }

  /** Locks the row; other organizations get NOT_FOUND for drafts and FORBIDDEN for public needs. */
  private async lockOwned(em: EntityManager, actor: Actor, id: string): Promise<NeedEntity> {
    const need = isId(id) ? await em.findOne(NeedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!need || !this.canSee(actor, need)) throw notFound('Need');
    const owner = actor.organizationId === need.buyerOrganizationId;
    if (!owner && !isAdmin(actor)) throw forbidden('Only the buyer organization that owns this need can change it');
    return need;
  }
}
