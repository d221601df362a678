import { afterEach, beforeAll } from 'vitest';
import { i18n } from '../src/i18n';
import { lazyNamespaces } from '../src/i18n/resources';
import { cleanup } from './render';

// Screens load their messages on first use (a Suspense in the app); tests render them loaded.
beforeAll(() => i18n.loadNamespaces(Object.keys(lazyNamespaces)));
afterEach(() => cleanup());
