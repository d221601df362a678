export * from './domain/clarification';
export * from './domain/clarification-rules';
export * from './services/clarification.service';
export * from './services/question.service';
export * from './clarifications.module';
// Writers for seeds (the owner's SQL; callers append the ledger entries in the same transaction).
export { insertClarification, type NewClarification } from './persistence/clarification.store';
export { insertQuestion, markAnswered, type NewQuestion } from './persistence/question.store';
export {
  clarificationsOfNeeds,
  countClarifications,
  readClarification,
  readClarifications,
} from './persistence/clarification.store';
export { countQuestions, questionAnsweredBy, readQuestion } from './persistence/question.store';
export * from './persistence/question-privacy.store';
