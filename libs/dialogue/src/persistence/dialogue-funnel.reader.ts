/**
 * [P] The innovation funnel's dialogue step for one need, as a select-list expression for the open-data
 * statement (`needId`: the SQL expression of the need's id): a dialogue with at least one message.
 */
export function dialogueFunnelFlagSql(needId: string): string {
  return `EXISTS (SELECT 1 FROM dialogues d WHERE d.need_id = ${needId} AND d.message_count > 0) AS in_dialogue`;
}
