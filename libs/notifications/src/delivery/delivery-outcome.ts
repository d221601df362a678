/** What one send did; failures are thrown. */
export type DeliveryOutcome = { status: 'SENT' } | { status: 'SKIPPED'; reason: string };

export const sent: DeliveryOutcome = { status: 'SENT' };
export const skipped = (reason: string): DeliveryOutcome => ({
  status: 'SKIPPED',
  reason,
});
