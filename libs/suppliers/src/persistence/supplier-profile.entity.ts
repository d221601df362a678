import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CompanySize, FocusArea, SolutionReadiness } from '@navet/reference';
import type { SupplierReference } from '../domain/supplier-profile';

@Entity('supplier_profiles')
export class SupplierProfileEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('text') headline!: string;
  @Column('text') description!: string;
  @Column('text', { array: true }) offerings!: string[];
  @Column('text', { array: true }) cpvCodes!: string[];
  @Column('text', { array: true }) regionCodes!: string[];
  @Column('text', { array: true }) focusAreas!: FocusArea[];
  @Column('text') companySize!: CompanySize;
  @Column('text') readiness!: SolutionReadiness;
  @Column('jsonb') references!: SupplierReference[];
  @Column('text', { array: true }) languages!: string[];
  @Column('boolean') discoverable!: boolean;
  @Column('text') contactEmail!: string;
  @Column('text', { nullable: true }) sourceRef!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
