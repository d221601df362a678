import { Module } from '@nestjs/common';
import { DialogueMessaging } from './services/dialogue-messaging.service';
import { DialogueQueryService } from './services/dialogue-query.service';

/** For the API: reading and writing dialogues. Needs a TypeORM DataSource and the global OutboxModule. */
@Module({
  providers: [DialogueQueryService, DialogueMessaging],
  exports: [DialogueQueryService, DialogueMessaging],
})
export class DialogueModule {}
