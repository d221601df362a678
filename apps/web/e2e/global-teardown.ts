import { stopStack } from './stack';
import { e2eEnv } from './env';

export default async function globalTeardown(): Promise<void> {
  if (e2eEnv.external) return;
  await stopStack();
}
