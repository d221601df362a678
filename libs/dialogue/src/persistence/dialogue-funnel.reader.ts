import type { Queryable } from '@navet/database';

/**
 * [P] Per group of the innovation funnel, how many of its needs are in dialogue: a dialogue with at
 * least one message. `needIds[i]` lies in `groups[i]`. One statement.
 */
export async function dialogueFunnelCounts(
  db: Queryable,
  needIds: readonly string[],
  groups: readonly string[],
): Promise<{ group: string; inDialogue: number }[]> {
  if (needIds.length === 0) return [];
  return (await db.query(
    `SELECT p.grp AS "group", count(*)::int AS "inDialogue"
       FROM unnest($1::uuid[], $2::text[]) AS p(need_id, grp)
      WHERE EXISTS (SELECT 1 FROM dialogues d WHERE d.need_id = p.need_id AND d.message_count > 0)
      GROUP BY p.grp`,
    [needIds, groups],
  )) as { group: string; inDialogue: number }[];
}
