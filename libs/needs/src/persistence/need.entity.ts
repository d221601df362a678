import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FocusArea, SolutionReadiness } from '@navet/reference';
import type { NeedStatus, ProcurementStage } from '../domain/need';

// bigint arrives from pg as a string; the contract's Int fits a JS number.
const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('needs')
export class NeedEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') buyerOrganizationId!: string;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('text') description!: string;
  @Column('text', { array: true }) desiredOutcomes!: string[];
  @Column('text') language!: string;
  @Column('text', { array: true }) cpvCodes!: string[];
  @Column('text', { array: true }) regionCodes!: string[];
  @Column('text', { array: true }) focusAreas!: FocusArea[];
  @Column('text') readiness!: SolutionReadiness;
  @Column('bigint', { nullable: true, transformer: bigintAsNumber }) estimatedValueSek!: number | null;
  @Column('timestamptz', { nullable: true }) dialogueDeadline!: Date | null;
  @Column('text') status!: NeedStatus;
  @Column('text') stage!: ProcurementStage;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('text', { nullable: true }) sourceRef!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
