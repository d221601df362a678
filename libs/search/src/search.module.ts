import { Module } from '@nestjs/common';
import { MeiliClient } from './client/meili-client.service';
import { SearchService } from './queries/search.service';

/**
 * For the API: search queries and the health probe. Needs the global ConfigModule (APP_CONFIG);
 * it never writes to the indexes.
 */
@Module({
  providers: [MeiliClient, SearchService],
  exports: [MeiliClient, SearchService],
})
export class SearchModule {}
