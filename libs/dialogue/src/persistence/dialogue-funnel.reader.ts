/**
 * [P] The innovation funnel's dialogue step as a subquery for the open-data statement: the ids of the
 * needs with a dialogue holding at least one message, each once (a few thousand, joined by hash).
 */
export function dialogueFunnelNeedsSql(): string {
  return `SELECT DISTINCT d.need_id FROM dialogues d WHERE d.message_count > 0`;
}
