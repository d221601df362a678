import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buyerGroupsOfNeeds, membersOfGroups } from '@navet/buyer-groups';
import { APP_CONFIG, AppConfig } from '@navet/config';
import type { Queryable } from '@navet/database';
import { organizationsByIds } from '@navet/identity';
import { needVersionsAfter } from '@navet/needs';
import { ReferenceCatalogue } from '@navet/reference';
import { encodeCursor, FeedQuery } from './domain/ocds-feed-query';
import { OcdsBuyer, OcdsLabels, OcdsReleasePackage, toOcdsRelease, toReleasePackage } from './domain/ocds-release';

/** The OCDS 1.1 feed: one planning release per public need version, oldest first, keyset-paged. */
@Injectable()
export class OpenDataService {
  private readonly labels: OcdsLabels;

  constructor(
    private readonly ds: DataSource,
    catalogue: ReferenceCatalogue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.labels = {
      cpv: (code, language) => {
        const e = catalogue.cpv(code);
        return e ? (language === 'sv' ? e.labelSv : e.labelEn) : null;
      },
      // Regions outside Sweden are known by code only (the catalogue echoes it): no name then.
      region: (code) => {
        const name = catalogue.region(code)?.name;
        return name && name !== code ? name : null;
      },
    };
  }

  async releasePackage(q: FeedQuery, now = new Date()): Promise<OcdsReleasePackage> {
    // One more than asked tells whether a next page exists without a count.
    const rows = await needVersionsAfter(this.ds, { ...q, limit: q.limit + 1 });
    const page = rows.slice(0, q.limit);
    const buyerIds = await buyersOfNeeds(
      this.ds,
      page.map((v) => ({ needId: v.needId, ownerId: v.buyerOrganizationId })),
    );
    const orgs = new Map((await organizationsByIds(this.ds, [...new Set([...buyerIds.values()].flat())])).map((o) => [o.id, o]));
    const releases = page.map((v) => {
      // need_versions references organizations, so every buyer is there.
      const buyers: OcdsBuyer[] = buyerIds.get(v.needId)!.map((id) => orgs.get(id)!);
      return toOcdsRelease(v, buyers, this.labels, this.config.openData.ocdsPrefix);
    });
    const last = page.at(-1);
    const next =
      rows.length > q.limit && last
        ? this.url({ ...q, after: { releasedAt: last.releasedAt, needId: last.needId, version: last.version } })
        : null;
    return toReleasePackage(releases, { uri: this.url(q), publisherUri: this.config.app.publicUrl, next, now });
  }

  private url(q: FeedQuery): string {
    const u = new URL('/ocds/releases', this.config.app.publicUrl);
    if (q.since) u.searchParams.set('since', q.since.toISOString());
    u.searchParams.set('limit', String(q.limit));
    if (q.after) u.searchParams.set('after', encodeCursor(q.after));
    return u.toString();
  }
}

/**
 * The buyers each need is procured by: its owner, or, for a need in a buyer group, every member
 * organization with the group's proposer as lead (first). Membership is today's, for every version.
 */
async function buyersOfNeeds(
  db: Queryable,
  needs: readonly { needId: string; ownerId: string }[],
): Promise<Map<string, string[]>> {
  const ids = needs.map((n) => n.needId);
  const groups = await buyerGroupsOfNeeds(db, ids);
  const members = await membersOfGroups(db, [...new Set([...groups.values()].map((g) => g.id))]);
  return new Map(
    needs.map((n) => {
      const group = groups.get(n.needId);
      if (!group) return [n.needId, [n.ownerId]];
      const orgs = members.get(group.id)?.organizationIds ?? [];
      const lead = orgs.includes(group.createdByOrganizationId) ? group.createdByOrganizationId : n.ownerId;
      return [n.needId, [...new Set([lead, ...orgs, n.ownerId])]];
    }),
  );
}
