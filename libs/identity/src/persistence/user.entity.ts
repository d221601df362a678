import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../domain/identity';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text') role!: Role;
  @Column('text') passwordHash!: string;
  @Column('text') preferredLanguage!: string;
  /** Null until the user follows the link e-mailed at registration. */
  @Column('timestamptz', { nullable: true }) emailConfirmedAt!: Date | null;
  /** SHA-256 of the pending confirmation token (domain/email-confirmation.ts). */
  @Column('text', { nullable: true }) emailConfirmationHash!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  /** Set by account erasure; an erased user cannot sign in and their tokens are refused. */
  @Column('timestamptz', { nullable: true }) erasedAt!: Date | null;
}
