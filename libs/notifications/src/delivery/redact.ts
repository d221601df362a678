const EMAIL = /[^\s<>"'@]+@[^\s<>"'@]+/g;

/** Error texts from SMTP servers often quote the recipient; logs and last_error must not. */
export function safeErrorMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(EMAIL, '<address>').slice(0, 500);
}
