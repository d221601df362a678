import { GlobalWithServices, SERVICES_KEY } from './global-setup';

/** Stops whatever global setup started (servers that were already running are left alone). */
export default async function globalTeardown(): Promise<void> {
  const g = globalThis as GlobalWithServices;
  await g[SERVICES_KEY]?.stop();
  delete g[SERVICES_KEY];
}
