import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, isId, newId, notFound, optionalText, requireOneOf, requireText, unique } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireActor } from '@navet/identity';
import { FOCUS_AREAS, FocusArea, nutsPrefixes, ReferenceCatalogue } from '@navet/reference';
import {
  countSavedSearches,
  deleteSavedSearch,
  insertSavedSearch,
  listSavedSearches,
  SavedSearch,
} from '../persistence/saved-search.repository';

export const MAX_SAVED_SEARCHES_PER_USER = 20;
const MAX_CPV_PREFIXES = 50;

export interface SaveSearchInput {
  name: string;
  query?: string | null;
  cpvPrefixes?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
  focusAreas?: readonly string[] | null;
}

/** A user's saved searches over published needs; each alerts its owner when a new need fits. */
@Injectable()
export class SavedSearchService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async save(actor: Actor | null, input: SaveSearchInput): Promise<SavedSearch> {
    const a = requireActor(actor);
    const cpv = input.cpvPrefixes ?? [];
    if (cpv.length > MAX_CPV_PREFIXES) throw badInput('cpvPrefixes', `cpvPrefixes may have at most ${MAX_CPV_PREFIXES} entries`);
    const search: SavedSearch = {
      id: newId(),
      name: requireText('name', input.name, 1, 100, { singleLine: true }),
      query: optionalText('query', input.query, 200),
      cpvPrefixes: this.catalogue.validateCpvPrefixes('cpvPrefixes', cpv),
      regionCodes: this.catalogue.validateRegionCodes('regionCodes', input.regionCodes ?? [], 0),
      focusAreas: unique((input.focusAreas ?? []).map((f) => requireOneOf<FocusArea>('focusAreas', f, FOCUS_AREAS))),
      createdAt: new Date(),
    };
    await inTransaction(this.ds, async (em) => {
      // Serialises one user's saves, so two at once cannot both pass the limit.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('saved-searches:' || $1))`, [a.userId]);
      if ((await countSavedSearches(em, a.userId)) >= MAX_SAVED_SEARCHES_PER_USER) {
        throw conflict(`At most ${MAX_SAVED_SEARCHES_PER_USER} saved searches per user; delete one first`);
      }
      await insertSavedSearch(em, a.userId, search, unique(search.regionCodes.flatMap(nutsPrefixes)));
    });
    return search;
  }

  async list(actor: Actor | null): Promise<SavedSearch[]> {
    return listSavedSearches(this.ds, requireActor(actor).userId);
  }

  /** Only the owner may delete; anyone else's id is NOT_FOUND, as if it did not exist. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    const a = requireActor(actor);
    if (!isId(id) || !(await deleteSavedSearch(this.ds, a.userId, id))) throw notFound('Saved search');
    return true;
  }
}
