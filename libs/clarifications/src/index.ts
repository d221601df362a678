export * from './domain/clarification';
export * from './domain/clarification-rules';
export * from './services/clarification.service';
export * from './services/question.service';
export * from './clarifications.module';
export {
  clarificationsOfNeeds,
  countClarifications,
  readClarification,
  readClarifications,
} from './persistence/clarification.store';
export { countQuestions, questionAnsweredBy, readQuestion } from './persistence/question.store';
