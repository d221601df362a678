import { startStack } from './stack';
import { e2eEnv } from './env';

export default async function globalSetup(): Promise<void> {
  // E2E_EXTERNAL=1: a stack is already running on E2E_PORT (iterating on tests).
  if (e2eEnv.external) return;
  await startStack();
}
