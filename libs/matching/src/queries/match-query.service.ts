import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, forbidden, isId, notFound, validateFirst } from '@navet/core';
import { isGroupMember } from '@navet/buyer-groups';
import { Actor, isAdmin, requireActor } from '@navet/identity';
import { needIdsOfBuyer } from '@navet/needs';
import { profileIdOfOrganization } from '@navet/suppliers';
import { LISTED_STATUSES, Match, MATCH_STATUSES, MatchStatus } from '../domain/match';
import { loadMatchNeed } from '../persistence/match-need.reader';
import { loadMatchRow, MATCH_COLUMNS, MATCH_FROM, toMatch } from '../persistence/match-row';
import { requireReadable } from '../lifecycle/match-access';

export const MAX_MATCHES_PAGE = 200;
/** Deep offsets make PostgreSQL sort and skip every earlier row; nobody pages 10,000 matches by hand. */
export const MAX_MATCHES_OFFSET = 10_000;

/** Reading matches: the parties (buyer organization, supplier organization) and admins only. */
@Injectable()
export class MatchQueryService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Every match of a need in any status but WITHDRAWN, best first; the owning buyer organization, admins and
   * (read only) the other organizations of the need's buyer group.
   */
  async matchesForNeed(actor: Actor | null | undefined, needId: string, first = 20): Promise<Match[]> {
    const a = requireActor(actor);
    const limit = validateFirst(first, MAX_MATCHES_PAGE);
    const need = isId(needId) ? await loadMatchNeed(this.ds, needId) : null;
    if (!need) throw notFound('Need');
    if (!isAdmin(a) && need.buyerOrganizationId !== a.organizationId) {
      // Others' drafts stay invisible; a visible need's matches are its buyer group's business only.
      if (need.status === 'DRAFT') throw notFound('Need');
      if (!(await isGroupMember(this.ds, a.organizationId, need.id))) {
        throw forbidden('Only the buyer organization that owns the need, or its buyer group, sees its matches');
      }
    }
    const rows: Match[] = await this.ds.query(
      `SELECT ${MATCH_COLUMNS} ${MATCH_FROM} WHERE m.need_id = $1 AND m.status <> 'WITHDRAWN'
        ORDER BY m.score DESC, m.created_at, m.id LIMIT $2`,
      [needId, limit],
    );
    return rows.map(toMatch);
  }

  /**
   * Suppliers: the matches of their profile. Buyers: the matches across their needs. Best score
   * first (then newest, then id, so pages never overlap or skip); `offset` pages through them.
   * Admins have no side and get an empty list.
   */
  async myMatches(
    actor: Actor | null | undefined,
    statuses: readonly MatchStatus[] | null | undefined,
    first = 50,
    offset = 0,
  ): Promise<Match[]> {
    const a = requireActor(actor);
    const limit = validateFirst(first, MAX_MATCHES_PAGE);
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_MATCHES_OFFSET) {
      throw badInput('offset', `offset must be between 0 and ${MAX_MATCHES_OFFSET}`);
    }
    // Withdrawn suggestions only when asked for by status (the notification links resolve them by id).
    const wanted = statuses && statuses.length ? [...new Set(statuses)] : [...LISTED_STATUSES];
    wanted?.forEach((s) => {
      if (!MATCH_STATUSES.includes(s)) throw badInput('status', `status must be one of ${MATCH_STATUSES.join(', ')}`);
    });
    // The side's own rows: the supplier's profile, or every need of the buyer (read from their owners).
    const side =
      a.role === 'SUPPLIER'
        ? { column: 'm.supplier_id', ids: [await profileIdOfOrganization(this.ds, a.organizationId)].filter((id) => id !== null) }
        : a.role === 'BUYER'
          ? { column: 'm.need_id', ids: await needIdsOfBuyer(this.ds, a.organizationId) }
          : null;
    if (!side || side.ids.length === 0) return [];
    const rows: Match[] = await this.ds.query(
      `SELECT ${MATCH_COLUMNS} ${MATCH_FROM}
        WHERE ${side.column} = ANY($1::uuid[]) AND ($2::text[] IS NULL OR m.status = ANY($2::text[]))
        ORDER BY m.score DESC, m.created_at DESC, m.id LIMIT $3 OFFSET $4`,
      [side.ids, wanted, limit, offset],
    );
    return rows.map(toMatch);
  }

  /** One match for a party or an admin; NOT_FOUND for everyone else. */
  async match(actor: Actor | null | undefined, matchId: string): Promise<Match> {
    const a = requireActor(actor);
    const row = isId(matchId) ? await loadMatchRow(this.ds, matchId) : null;
    return toMatch(requireReadable(a, row));
  }

  /** For loaders: matches by id in the given order (null where missing); no access check, callers filter. */
  async findByIds(ids: readonly string[]): Promise<(Match | null)[]> {
    const valid = ids.filter(isId);
    const rows: Match[] = valid.length
      ? await this.ds.query(`SELECT ${MATCH_COLUMNS} ${MATCH_FROM} WHERE m.id = ANY($1::uuid[])`, [valid])
      : [];
    const byId = new Map(rows.map((r) => [r.id, toMatch(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
