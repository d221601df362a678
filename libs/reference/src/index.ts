export * from './vocabulary';
export * from './domain/cpv';
export * from './domain/nuts';
export * from './reference-catalogue';
export * from './reference.module';
export * from './reference-loader';
export * from './domain/nuts-register';
