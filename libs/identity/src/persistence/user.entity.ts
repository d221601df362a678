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
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  /** Set by account erasure; an erased user cannot sign in and their tokens are refused. */
  @Column('timestamptz', { nullable: true }) erasedAt!: Date | null;
}
