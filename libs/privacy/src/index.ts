export * from './domain/organization-removal';
export * from './domain/personal-data-export';
export * from './services/personal-data-export.service';
export * from './services/account-erasure.service';
export * from './services/organization-removal.service';
export * from './jobs/remove-abandoned-organizations.handler';
export * from './privacy.module';
export * from './privacy-jobs.module';
