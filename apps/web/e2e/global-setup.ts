import { startStack } from './stack';

export default async function globalSetup(): Promise<void> {
  // E2E_EXTERNAL=1: a stack is already running on E2E_PORT (iterating on tests).
  if (process.env.E2E_EXTERNAL) return;
  await startStack();
}
