export * from './domain-error';
export * from './assert-never';
export * from './ids';
export * from './paging';
export * from './text';
export * from './project-root';
