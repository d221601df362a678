import type { Request } from 'express';
import { Actor } from '@navet/identity';
import { Loaders } from './loaders';

/** What every resolver can see: the caller (or null) and this request's DataLoaders. */
export interface GqlContext {
  req: Request;
  actor: Actor | null;
  /** The session of the caller's token (logout revokes it); null when anonymous. */
  sessionId: string | null;
  loaders: Loaders;
  ip: string;
}

/** Reads `Authorization: Bearer <token>`; absent = anonymous. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m ? m[1]! : null;
}
