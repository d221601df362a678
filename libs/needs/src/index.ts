export * from './domain/need';
export * from './domain/need-input';
export * from './domain/need-lifecycle';
export * from './domain/need-outcome';
export * from './needs.service';
export * from './needs.module';
export { NeedEntity } from './persistence/need.entity';
export { toNeed } from './persistence/need.mapper';

import { NeedEntity } from './persistence/need.entity';
export const NEEDS_ENTITIES = [NeedEntity];
export * from './persistence/need.reader';
export * from './persistence/need-bulk.writer';
export * from './persistence/need-version.reader';
export * from './persistence/need-author.store';
export * from './persistence/need-outcome.store';
export * from './persistence/need-funnel.reader';
