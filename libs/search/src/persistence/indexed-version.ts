/** Id and version: enough to tell whether an indexed document is missing, stale or orphaned. */
export interface IndexedVersion {
  id: string;
  version: number;
}
