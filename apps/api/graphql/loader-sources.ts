import { Injectable, Module } from '@nestjs/common';
import { BuyerGroupQueries, BuyerGroupsModule } from '@navet/buyer-groups';
import { ClarificationService, ClarificationsModule } from '@navet/clarifications';
import { DialogueModule, DialogueQueryService } from '@navet/dialogue';
import { IdentityModule, IdentityService } from '@navet/identity';
import { LedgerModule, LedgerService } from '@navet/ledger';
import { ContactAccess, MatchingModule, MatchQueryService } from '@navet/matching';
import { NeedsModule, NeedsService } from '@navet/needs';
import { SuppliersModule, SuppliersService } from '@navet/suppliers';

/**
 * The services the per-request DataLoaders read through, injected as one object so a new loader
 * source is one constructor parameter here, not a position in GraphQLModule's inject list.
 */
@Injectable()
export class LoaderSources {
  constructor(
    readonly identity: IdentityService,
    readonly contacts: ContactAccess,
    readonly needs: NeedsService,
    readonly suppliers: SuppliersService,
    readonly ledger: LedgerService,
    readonly clarifications: ClarificationService,
    readonly dialogues: DialogueQueryService,
    readonly buyerGroups: BuyerGroupQueries,
    readonly matches: MatchQueryService,
  ) {}
}

const SOURCE_MODULES = [
  IdentityModule,
  SuppliersModule,
  NeedsModule,
  MatchingModule,
  LedgerModule,
  ClarificationsModule,
  DialogueModule,
  BuyerGroupsModule,
];

/** What GraphQLModule.forRootAsync imports: the loader sources and the session service. */
@Module({ imports: SOURCE_MODULES, providers: [LoaderSources], exports: [LoaderSources, IdentityModule] })
export class LoaderSourcesModule {}
