import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationKind } from '../domain/identity';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: OrganizationKind;
  @Column('text', { nullable: true }) organizationNumber!: string | null;
  @Column('text') countryCode!: string;
  @Column('text', { nullable: true }) regionCode!: string | null;
  @Column('text', { nullable: true }) website!: string | null;
  @Column('boolean') verified!: boolean;
  @Column('timestamptz', { nullable: true }) verifiedAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
