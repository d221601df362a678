import { Module } from '@nestjs/common';
import { ClarificationService } from './services/clarification.service';
import { QuestionService } from './services/question.service';

/** For the API: questions and clarifications. Needs a TypeORM DataSource and the OutboxModule. */
@Module({
  providers: [ClarificationService, QuestionService],
  exports: [ClarificationService, QuestionService],
})
export class ClarificationsModule {}
