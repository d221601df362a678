import { Module } from '@nestjs/common';
import { BuyerGroupQueries } from './buyer-group-queries.service';
import { BuyerGroupsService } from './buyer-groups.service';

/** Buyer groups for the API. Needs a TypeORM DataSource and the global OutboxModule. */
@Module({ providers: [BuyerGroupsService, BuyerGroupQueries], exports: [BuyerGroupsService, BuyerGroupQueries] })
export class BuyerGroupsModule {}
