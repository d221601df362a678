import { forbidden, unauthenticated } from '@navet/core';
import type { Actor, Role } from './identity';

/** Throws UNAUTHENTICATED for anonymous callers. */
export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** Throws UNAUTHENTICATED when anonymous, FORBIDDEN when the role does not fit. */
export function requireRole(actor: Actor | null | undefined, ...roles: Role[]): Actor {
  const a = requireActor(actor);
  if (!roles.includes(a.role)) throw forbidden(`This needs the role ${roles.join(' or ')}`);
  return a;
}

export const isAdmin = (actor: Actor | null | undefined): boolean => actor?.role === 'ADMIN';

/** Members of the organization, or admins. */
export const belongsTo = (actor: Actor | null | undefined, organizationId: string): boolean =>
  !!actor && (actor.organizationId === organizationId || actor.role === 'ADMIN');
