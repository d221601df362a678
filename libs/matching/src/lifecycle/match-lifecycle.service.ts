import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, invalidState, isId, notFound, optionalText } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireActor, requireRole } from '@navet/identity';
import { appendLedgerEntries } from '@navet/ledger';
import { OutboxWriter } from '@navet/outbox';
import { SuppliersForNeedSearch } from '../candidates/suppliers-for-need.service';
import { NeedRanker } from '../compute/need-ranker.service';
import { loadActiveCriteria } from '../criteria/criteria.store';
import type { Match, MatchOrigin, MatchParty } from '../domain/match';
import { declineLedgerNote, MatchLedgerNote, transitionLedgerNotes } from '../domain/match-ledger';
import {
  declineTransition,
  expressInterestTransition,
  inviteTransition,
  MatchState,
  NEW_MATCH_STATE,
  Transition,
} from '../domain/match-lifecycle';
import { feedbackCounts } from '../persistence/feedback.reader';
import { loadMatchNeed, MatchNeed } from '../persistence/match-need.reader';
import { loadMatchRow, loadMatchRowByPair, toMatch } from '../persistence/match-row';
import { loadMatchSupplier, loadSupplierOfOrganization, MatchSupplier } from '../persistence/match-supplier.reader';
import { lockNeedMatches } from '../persistence/match-runs';
import { requireOwnOpenNeed, requireOpenNeed, requireParty, requireReadable } from './match-access';
import { applyDecline, applyTransition, insertMatch, upsertRating } from './match-writes';

export const MAX_MATCH_MESSAGE = 2000;

interface Side {
  origin: MatchOrigin;
  transition: (s: MatchState) => Transition;
  messages: { interest?: string | null; invitation?: string | null };
}

/**
 * Interest, invitation, decline and rating. Each change bumps the match version and writes its
 * outbox event in the same transaction; a repeated request changes nothing and notifies nobody.
 */
@Injectable()
export class MatchLifecycleService {
  private readonly log = new Logger(MatchLifecycleService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly ranker: NeedRanker,
    private readonly search: SuppliersForNeedSearch,
  ) {}

  /** Supplier side; creates the match when the supplier found the need by itself. */
  async expressInterest(actor: Actor | null | undefined, needId: string, message?: string | null): Promise<Match> {
    const a = requireRole(actor, 'SUPPLIER');
    const text = optionalText('message', message, MAX_MATCH_MESSAGE);
    const need = requireOpenNeed(isId(needId) ? await loadMatchNeed(this.ds, needId) : null, new Date());
    const supplier = await loadSupplierOfOrganization(this.ds, a.organizationId);
    if (!supplier) throw invalidState('Create a supplier profile before expressing interest in a need');
    return this.act(need, supplier, { origin: 'SUPPLIER', transition: expressInterestTransition, messages: { interest: text } });
  }

  /** Buyer side; supplierId is a SupplierProfile id. Creates the match when the buyer found the supplier by search. */
  async inviteSupplier(
    actor: Actor | null | undefined,
    needId: string,
    supplierId: string,
    message?: string | null,
  ): Promise<Match> {
    const a = requireRole(actor, 'BUYER');
    const text = optionalText('message', message, MAX_MATCH_MESSAGE);
    const need = requireOwnOpenNeed(a, isId(needId) ? await loadMatchNeed(this.ds, needId) : null, new Date());
    const supplier = isId(supplierId) ? await loadMatchSupplier(this.ds, supplierId) : null;
    // A hidden profile cannot be invited out of the blue, but can be answered when it showed interest.
    if (!supplier || (!supplier.discoverable && !(await loadMatchRowByPair(this.ds, need.id, supplier.id)))) {
      throw notFound('Supplier profile');
    }
    return this.act(need, supplier, { origin: 'BUYER', transition: inviteTransition, messages: { invitation: text } });
  }

  /** Either party; final (nobody re-opens a declined match). */
  async declineMatch(actor: Actor | null | undefined, matchId: string, reason?: string | null): Promise<Match> {
    const a = requireActor(actor);
    const text = optionalText('reason', reason, MAX_MATCH_MESSAGE);
    return inTransaction(this.ds, async (em) => {
      const { row, party } = requireParty(a, isId(matchId) ? await loadMatchRow(em, matchId, true) : null);
      if (declineTransition(row).changed) {
        await applyDecline(em, row.id, party, text);
        // The other side is told (and its dialogue closes) from this event.
        await this.outbox.add(em, { type: 'match.declined', payload: { matchId: row.id } });
        await recordInLedger(em, row, [declineLedgerNote(party, text !== null)]);
      }
      return this.reload(em, row.id);
    });
  }

  /** Relevance feedback from either party (admins may label too); one rating per organization, last one wins. */
  async rateMatch(actor: Actor | null | undefined, matchId: string, relevant: boolean): Promise<Match> {
    const a = requireActor(actor);
    if (typeof relevant !== 'boolean') throw badInput('relevant', 'relevant must be true or false');
    return inTransaction(this.ds, async (em) => {
      const row = requireReadable(a, isId(matchId) ? await loadMatchRow(em, matchId) : null);
      await upsertRating(em, row.id, a.organizationId, relevant);
      return this.reload(em, row.id);
    });
  }

  private async act(need: MatchNeed, supplier: MatchSupplier, side: Side): Promise<Match> {
    // Scored before the transaction (search is not called while rows are locked); used only for a new pair.
    const existing = await loadMatchRowByPair(this.ds, need.id, supplier.id);
    const created = existing ? null : await this.scoreNewPair(need, supplier);
    const parties = {
      needId: need.id,
      buyerOrganizationId: need.buyerOrganizationId,
      supplierOrganizationId: supplier.organizationId,
    };
    return inTransaction(this.ds, async (em) => {
      await lockNeedMatches(em, need.id);
      const row = await loadMatchRowByPair(em, need.id, supplier.id, true);
      if (row) {
        const t = side.transition(row);
        if (t.changed) {
          await applyTransition(em, row.id, t, side.messages);
          if (t.event) await this.outbox.add(em, { type: t.event, payload: { matchId: row.id } });
          await recordInLedger(em, parties, transitionLedgerNotes(partyOfOrigin(side.origin), t, hasMessage(side)));
        }
        return this.reload(em, row.id);
      }
      const fresh = created ?? (await this.scoreNewPair(need, supplier));
      const t = side.transition(NEW_MATCH_STATE);
      const id = await insertMatch(em, {
        needId: need.id,
        supplierId: supplier.id,
        origin: side.origin,
        state: t.next,
        score: fresh.score,
        criteriaVersion: fresh.criteriaVersion,
        interestMessage: side.messages.interest ?? null,
        invitationMessage: side.messages.invitation ?? null,
      });
      if (t.event) await this.outbox.add(em, { type: t.event, payload: { matchId: id } });
      await recordInLedger(em, parties, transitionLedgerNotes(partyOfOrigin(side.origin), t, hasMessage(side)));
      return this.reload(em, id);
    });
  }

  /** A party-created match is scored like a suggestion, so it is explained too. */
  private async scoreNewPair(need: MatchNeed, supplier: MatchSupplier) {
    const criteria = await loadActiveCriteria(this.ds);
    let textScore: number | null = null;
    try {
      textScore = await this.search.scoreOne(need, supplier);
    } catch (e) {
      // Search being down must not block a supplier's interest; the TEXT signal then reads "no text match".
      this.log.warn(`text relevance unavailable for a new match: ${(e as Error).message}`);
    }
    const feedback = (await feedbackCounts(this.ds, need, [supplier.id])).get(supplier.id);
    return { score: this.ranker.score(need, supplier, textScore, criteria, feedback), criteriaVersion: criteria.version };
  }

  private async reload(em: EntityManager, id: string): Promise<Match> {
    const row = await loadMatchRow(em, id);
    if (!row) throw notFound('Match');
    return toMatch(row);
  }
}

const partyOfOrigin = (origin: MatchOrigin): MatchParty => (origin === 'SUPPLIER' ? 'SUPPLIER' : 'BUYER');
const hasMessage = (side: Side): boolean => !!(side.messages.interest ?? side.messages.invitation);

interface Parties {
  needId: string;
  buyerOrganizationId: string;
  supplierOrganizationId: string;
}

/** Appends the change's entries to the need's ledger, in the change's transaction. */
function recordInLedger(em: EntityManager, p: Parties, notes: readonly MatchLedgerNote[]) {
  return appendLedgerEntries(
    em,
    notes.map((n) => ({
      needId: p.needId,
      action: n.action,
      actorOrganizationId: n.by === 'SUPPLIER' ? p.supplierOrganizationId : p.buyerOrganizationId,
      summary: n.summary,
    })),
  );
}
