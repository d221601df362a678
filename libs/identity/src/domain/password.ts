import { hash, verify, argon2id } from 'argon2';
import { badInput } from '@navet/core';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/** argon2id with library defaults (64 MiB, t=3): slow for attackers, ~50 ms for us. */
export const hashPassword = (password: string): Promise<string> => hash(password, { type: argon2id });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The one rule for a chosen password: registration, changePassword and resetPassword all use it. */
export function requireNewPassword(field: string, password: string | null | undefined): string {
  const p = password ?? '';
  if (p.length < MIN_PASSWORD_LENGTH) throw badInput(field, `${field} needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (p.length > MAX_PASSWORD_LENGTH) throw badInput(field, `${field} is too long`);
  return p;
}
