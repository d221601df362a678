import { afterEach } from 'vitest';
import { cleanup } from './render';

afterEach(() => cleanup());
