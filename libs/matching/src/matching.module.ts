import { Module } from '@nestjs/common';
import { SearchModule } from '@navet/search';
import { NeedsForSupplierSearch } from './candidates/needs-for-supplier.service';
import { SuppliersForNeedSearch } from './candidates/suppliers-for-need.service';
import { ComputeForNeedService } from './compute/compute-for-need.service';
import { ComputeForSupplierService } from './compute/compute-for-supplier.service';
import { NeedRanker } from './compute/need-ranker.service';
import { PoolRematchService } from './compute/pool-rematch.service';
import { SuggestionCounter } from './compute/suggestion-count.service';
import { CriteriaEvaluationService } from './criteria/criteria-evaluation.service';
import { CriteriaReplayService } from './criteria/criteria-replay.service';
import { MatchCriteriaService } from './criteria/match-criteria.service';
import { MatchLifecycleService } from './lifecycle/match-lifecycle.service';
import { ContactAccess } from './queries/contact-access.policy';
import { MatchQueryService } from './queries/match-query.service';
import { SimilarNeedsFinder } from './similar/similar-needs-finder.service';
import { SimilarNeedsService } from './similar/similar-needs.service';

const SERVICES = [
  SuppliersForNeedSearch,
  NeedsForSupplierSearch,
  NeedRanker,
  SuggestionCounter,
  ComputeForNeedService,
  ComputeForSupplierService,
  PoolRematchService,
  MatchCriteriaService,
  CriteriaEvaluationService,
  CriteriaReplayService,
  MatchLifecycleService,
  MatchQueryService,
  ContactAccess,
  SimilarNeedsFinder,
  SimilarNeedsService,
];

/**
 * Matching services for the API (and the worker's handlers). Needs a TypeORM DataSource, the
 * global ConfigModule, ReferenceModule, OutboxModule and QueueModule.
 */
@Module({
  imports: [SearchModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class MatchingModule {}
