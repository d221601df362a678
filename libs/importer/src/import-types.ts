import type { JobPriority } from '@navet/queue';

export interface ImportOptions {
  /** Outbox event priority; default JobPriority.Bulk, so imports yield to interactive work. */
  priority?: JobPriority;
  /** Lines per transaction; default 1000. */
  batchSize?: number;
  /** Called after every committed batch with the number of non-blank lines handled so far. */
  onProgress?: (linesDone: number) => void;
  /** Needs import: create new buyer organizations verified (default true). */
  verifyBuyers?: boolean;
  /** Needs import: store needs as PUBLISHED (default true), else DRAFT. */
  publish?: boolean;
}

export interface SkippedLine {
  line: number;
  reason: string;
}

export interface ImportSummary {
  kind: 'suppliers' | 'needs';
  /** Non-blank lines read. */
  lines: number;
  imported: number;
  updated: number;
  skipped: SkippedLine[];
  /** Imported or updated records whose region codes predated NUTS 2021 (or were ISO country codes) and were mapped. */
  regionsMapped: number;
  seconds: number;
  /** Ids of imported or updated profiles or needs, in input order. */
  ids: string[];
  /** Lines whose organization number was not valid for its country: imported with no number. */
  droppedOrganizationNumbers: number;
}

/** The organization a line belongs to, before it is matched against stored organizations. */
export interface OrganizationInput {
  name: string;
  countryCode: string;
  organizationNumber: string | null;
  /** The line had a number, but not a valid one for the country: stored as null, counted. */
  organizationNumberDropped?: true;
  regionCode: string | null;
}

/** What writing one batch did, line by line. */
export interface BatchOutcome {
  written: { line: number; id: string; updated: boolean }[];
  skipped: SkippedLine[];
}
