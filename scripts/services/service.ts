/** What the resolve* functions take: where to keep data, which environment to honour, where to log. */
export interface ServiceOptions {
  /** Root of the data folder; each service keeps its files in a sub-folder. */
  dataDir: string;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** false: skip the servers on the standard local ports and start our own (default true). */
  probeLocal?: boolean;
}

/** A service Navet can talk to: either found (started = false) or started by us (stop() stops it). */
export interface ResolvedService {
  url: string;
  started: boolean;
  stop(): Promise<void>;
}

export const defaultLog = (line: string): void => console.log(`[services] ${line}`);

export const noop = async (): Promise<void> => undefined;
