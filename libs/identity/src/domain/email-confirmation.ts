import { createHash, randomBytes } from 'node:crypto';

/**
 * E-mail confirmation tokens: 256 random bits, sent only in the e-mail. The database keeps their
 * SHA-256 (a fast hash is enough for a random secret of this size), so a copy of the database
 * confirms nothing.
 */
export const newConfirmationToken = (): string => randomBytes(32).toString('base64url');

export const confirmationHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A token as newConfirmationToken writes it: 43 base64url characters. */
export const isConfirmationTokenShape = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The link in the e-mail; the web app's page calls confirmEmail with the token. */
export const confirmationUrl = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/confirm-email?token=${encodeURIComponent(token)}`;

/** Accounts registered before this moment that never confirmed their address have expired. */
export const unconfirmedExpiryCutoff = (now: Date, days: number): Date => new Date(now.getTime() - days * 86_400_000);
