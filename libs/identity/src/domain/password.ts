import { hash, verify, argon2id } from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

/** argon2id with library defaults (64 MiB, t=3): slow for attackers, ~50 ms for us. */
export const hashPassword = (password: string): Promise<string> => hash(password, { type: argon2id });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
