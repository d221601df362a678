export * from './services/need-closing.service';
export * from './advice.module';
