import { Injectable, Logger } from '@nestjs/common';
import { DataSource, FindOptionsWhere } from 'typeorm';
import {
  badInput,
  conflict,
  DomainError,
  isId,
  newId,
  notFound,
  requireEmail,
  unauthenticated,
  validateFirst,
} from '@navet/core';
import { entitiesByIds, inTransaction, isUniqueViolation, Queryable } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { ReferenceCatalogue } from '@navet/reference';
import { requireActor, requireRole } from './domain/access';
import { isConfirmationTokenShape } from './domain/email-confirmation';
import { Actor, Organization, OrganizationKind, roleForKind, User } from './domain/identity';
import { hashPassword, verifyPassword } from './domain/password';
import { RegistrationInput, validateRegistration } from './domain/registration';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { confirmEmailByToken, registrantEmailConfirmed } from './persistence/email-confirmation.store';
import { RegistrationRateLimiter } from './registration-rate-limiter.service';
import { OrganizationEntity } from './persistence/organization.entity';
import { UserEntity } from './persistence/user.entity';
import { SessionService } from './session.service';
import { toOrganization, toUser } from './persistence/identity.mappers';

export interface AuthResult {
  accessToken: string;
  user: User;
}

// Compared against when the e-mail is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = hashPassword('navet-timing-equaliser');

/** Registration, sign-in, organization lookups and verification. */
@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
    private readonly registrations: RegistrationRateLimiter,
    private readonly catalogue: ReferenceCatalogue,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * A new organization and its first user, who is e-mailed a confirmation link (through the outbox);
   * until the grace period ends an unconfirmed user may do everything a confirmed one may.
   */
  async register(input: RegistrationInput, ip: string): Promise<AuthResult> {
    const v = validateRegistration(input);
    if (v.regionCode) this.catalogue.validateRegionCodes('regionCode', [v.regionCode]);
    // Before the hash and the insert: every attempt that could cost an argon2 hash or answer CONFLICT counts.
    await this.registrations.consume(ip);
    const passwordHash = await hashPassword(v.password);
    const now = new Date();
    const org: OrganizationEntity = Object.assign(new OrganizationEntity(), {
      id: newId(),
      name: v.organizationName,
      kind: v.kind,
      organizationNumber: v.organizationNumber,
      countryCode: v.countryCode,
      regionCode: v.regionCode,
      website: v.website,
      verified: false,
      verifiedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const user: UserEntity = Object.assign(new UserEntity(), {
      id: newId(),
      organizationId: org.id,
      email: v.email,
      name: v.userName,
      role: roleForKind(v.kind),
      passwordHash,
      preferredLanguage: 'sv',
      emailConfirmedAt: null,
      emailConfirmationHash: null,
      createdAt: now,
      updatedAt: now,
    });
    try {
      const result = await inTransaction(this.ds, async (em) => {
        await em.insert(OrganizationEntity, org);
        await em.insert(UserEntity, user);
        await this.outbox.add(em, { type: 'user.registered', payload: { userId: user.id } });
        return this.authResult(em, user);
      });
      this.logger.log({ organizationId: org.id, kind: org.kind }, 'organization registered');
      return result;
    } catch (e) {
      if (isUniqueViolation(e)) throw this.duplicate(e);
      throw e;
    }
  }

  async login(email: string, password: string, ip: string): Promise<AuthResult> {
    const key = email.trim().toLowerCase();
    await this.limiter.beforeAttempt(key, ip);
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :key AND u.erased_at IS NULL', { key })
      .getOne();
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await DUMMY_HASH, password), false);
    if (!user || !ok) {
      await this.limiter.recordFailure(key, ip);
      throw new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password');
    }
    await this.limiter.recordSuccess(key, ip);
    return this.authResult(this.ds, user);
  }

  /**
   * Re-authenticates a signed-in user for a grave step (eraseMyAccount): a wrong password is a field
   * error on `password` and counts toward the login throttle like a failed sign-in.
   */
  async confirmPassword(actor: Actor | null, password: string, ip: string): Promise<User> {
    const a = requireActor(actor);
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: a.userId });
    if (!user) throw unauthenticated('The access token is invalid or has expired; sign in again');
    const key = user.email.trim().toLowerCase();
    await this.limiter.beforeAttempt(key, ip);
    if (typeof password !== 'string' || !(await verifyPassword(user.passwordHash, password))) {
      await this.limiter.recordFailure(key, ip);
      throw badInput('password', 'Wrong password');
    }
    return toUser(user);
  }

  /** Follows the link e-mailed at registration: confirms the address once; a used or unknown token is BAD_USER_INPUT. */
  async confirmEmail(token: string): Promise<boolean> {
    const userId = isConfirmationTokenShape(token) ? await confirmEmailByToken(this.ds, token, new Date()) : null;
    if (!userId) throw badInput('token', 'This confirmation link is not valid, or has been used already');
    this.logger.log({ userId }, 'e-mail address confirmed');
    return true;
  }

  async userById(id: string): Promise<User | null> {
    const u = await this.ds.getRepository(UserEntity).findOneBy({ id });
    return u ? toUser(u) : null;
  }

  async usersByIds(ids: readonly string[]): Promise<User[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return (await entitiesByIds(this.ds.getRepository(UserEntity), valid)).map(toUser);
  }

  async organizationsByIds(ids: readonly string[]): Promise<Organization[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const rows = await entitiesByIds(this.ds.getRepository(OrganizationEntity), valid);
    return rows.map(toOrganization);
  }

  /** Whether the organization's first user confirmed their e-mail address (false when it has none). */
  async registrantEmailConfirmed(organizationId: string): Promise<boolean> {
    return (await registrantEmailConfirmed(this.ds, [organizationId])).get(organizationId) ?? false;
  }

  async organization(id: string): Promise<Organization | null> {
    return (await this.organizationsByIds([id]))[0] ?? null;
  }

  /** Admins: organizations by verification state and kind, oldest first (the longest-waiting buyer on top). */
  async organizations(
    actor: Actor | null,
    filter: { verified?: boolean | null; kind?: OrganizationKind | null; first: number },
  ): Promise<Organization[]> {
    requireRole(actor, 'ADMIN');
    const take = validateFirst(filter.first, 200);
    const where: FindOptionsWhere<OrganizationEntity> = {};
    if (filter.verified !== undefined && filter.verified !== null) where.verified = filter.verified;
    if (filter.kind) where.kind = filter.kind;
    const rows = await this.ds.getRepository(OrganizationEntity).find({ where, order: { createdAt: 'ASC', id: 'ASC' }, take });
    return rows.map(toOrganization);
  }

  /** Admins verify public buyers so they may publish needs. Idempotent. */
  async verifyOrganization(actor: Actor | null, id: string): Promise<Organization> {
    requireRole(actor, 'ADMIN');
    if (!isId(id)) throw notFound('Organization');
    return inTransaction(this.ds, async (em) => {
      const org = await em.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw notFound('Organization');
      if (org.kind !== 'PUBLIC_BUYER') throw new DomainError('INVALID_STATE', 'Only public buyer organizations are verified');
      if (!org.verified) {
        org.verified = true;
        org.verifiedAt = new Date();
        org.updatedAt = org.verifiedAt;
        await em.save(org);
      }
      return toOrganization(org);
    });
  }

  /** Creates or updates the operator's admin account from NAVET_ADMIN_EMAIL / NAVET_ADMIN_PASSWORD. */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const key = requireEmail('NAVET_ADMIN_EMAIL', email);
    const passwordHash = await hashPassword(password);
    await inTransaction(this.ds, async (em) => {
      // API replicas booting together each ensure the admin: one at a time, so the second finds the
      // first's account instead of failing its boot on the unique e-mail (or adding a second platform).
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('navet-ensure-admin'))`);
      const existing = await em
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = :key', { key })
        .getOne();
      if (existing) {
        if (existing.role !== 'ADMIN') throw new Error('NAVET_ADMIN_EMAIL belongs to a non-admin user');
        const now = new Date();
        // The operator set this address: it counts as confirmed.
        await em.update(
          UserEntity,
          { id: existing.id },
          { passwordHash, emailConfirmedAt: existing.emailConfirmedAt ?? now, updatedAt: now },
        );
        return;
      }
      let platform = await em.findOneBy(OrganizationEntity, { kind: 'PLATFORM' });
      if (!platform) {
        const now = new Date();
        platform = Object.assign(new OrganizationEntity(), {
          id: newId(),
          name: 'Navet',
          kind: 'PLATFORM',
          organizationNumber: null,
          countryCode: 'SE',
          regionCode: null,
          website: null,
          verified: true,
          verifiedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        await em.insert(OrganizationEntity, platform);
      }
      const now = new Date();
      await em.insert(UserEntity, {
        id: newId(),
        organizationId: platform.id,
        email: key,
        name: 'Navet admin',
        role: 'ADMIN',
        passwordHash,
        preferredLanguage: 'sv',
        emailConfirmedAt: now,
        emailConfirmationHash: null,
        createdAt: now,
        updatedAt: now,
      });
    });
    this.logger.log('admin account ensured');
  }

  /** A new session for the user (in the caller's transaction when given one) and its token. */
  private async authResult(db: Queryable, user: UserEntity): Promise<AuthResult> {
    const actor: Actor = { userId: user.id, organizationId: user.organizationId, role: user.role };
    const { accessToken } = await this.sessions.start(db, actor);
    return { accessToken, user: toUser(user) };
  }

  private duplicate(e: unknown): DomainError {
    const constraint = (e as { constraint?: string }).constraint ?? '';
    if (constraint.includes('users_email')) return conflict('An account with this e-mail already exists');
    if (constraint.includes('organizations_number'))
      return conflict('An organization with this organization number already exists');
    return badInput('input', 'Duplicate value');
  }
}
