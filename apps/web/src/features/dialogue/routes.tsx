import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  { path: paths.dialogues, lazy: async () => ({ Component: (await import('./dialogues-page')).DialoguesPage }) },
  { path: `${paths.dialogues}/:id`, lazy: async () => ({ Component: (await import('./dialogue-page')).DialoguePage }) },
  { path: paths.supplierQuestions, lazy: async () => ({ Component: (await import('./questions-page')).QuestionsPage }) },
];
