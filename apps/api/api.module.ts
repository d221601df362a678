import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, ConfigModule } from '@navet/config';
import { dataSourceOptions } from '@navet/database';
import { IdentityModule, SessionService } from '@navet/identity';
import { ClarificationsModule } from '@navet/clarifications';
import { LedgerModule } from '@navet/ledger';
import { DialogueModule } from '@navet/dialogue';
import { BuyerGroupsModule } from '@navet/buyer-groups';
import { NeedsModule } from '@navet/needs';
import { OutboxModule } from '@navet/outbox';
import { QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { SearchModule } from '@navet/search';
import { SuppliersModule } from '@navet/suppliers';
import { MatchingModule } from '@navet/matching';
import { NotificationsModule } from '@navet/notifications';
import { OpenDataModule } from '@navet/open-data';
import { PrivacyModule } from '@navet/privacy';
import { AdviceModule } from '@navet/advice';
import { ALL_ENTITIES } from '../entities';
import { loggerOptions } from '../logging';
import { ApiBootstrap } from './api-bootstrap.service';
import './graphql/enums';
import { graphqlOptions } from './graphql/graphql-options';
import { LoaderSources, LoaderSourcesModule } from './graphql/loader-sources';
import { HealthController } from './health/health.controller';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationFieldsResolver } from './notifications/notification-fields.resolver';
import { UnsubscribeController } from './notifications/unsubscribe.controller';
import { ClarificationResolver } from './clarifications/clarification.resolver';
import { QuestionFieldsResolver } from './clarifications/question-fields.resolver';
import { CriteriaResolver } from './matching/criteria.resolver';
import { CriteriaReplayResolver } from './matching/criteria-replay.resolver';
import { DialogueFieldsResolver, DialogueMessageFieldsResolver } from './dialogue/dialogue-fields.resolver';
import { DialogueResolver } from './dialogue/dialogue.resolver';
import { MatchFieldsResolver } from './matching/match-fields.resolver';
import { MatchResolver } from './matching/match.resolver';
import { IdentityResolver } from './identity/identity.resolver';
import { OrganizationFieldsResolver } from './identity/organization-fields.resolver';
import { LedgerAccess } from './ledger/ledger-access.policy';
import { LedgerExportController } from './ledger/ledger-export.controller';
import { LedgerResolver } from './ledger/ledger.resolver';
import { NeedFieldsResolver } from './needs/need-fields.resolver';
import { NeedOutcomeFieldResolver, OutcomeFieldsResolver } from './advice/outcome-fields.resolver';
import { AdviceResolver } from './advice/advice.resolver';
import { FunnelResolver } from './open-data/funnel.resolver';
import { FunnelCsvController } from './open-data/funnel-csv.controller';
import { OcdsController } from './open-data/ocds.controller';
import { AuthSessionController } from './identity/auth-session.controller';
import { NeedResolver } from './needs/need.resolver';
import { PlatformResolver } from './platform/platform.resolver';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { PlatformService } from './platform/platform.service';
import { ReferenceViews } from './reference/reference-views.service';
import { ReferenceResolver } from './reference/reference.resolver';
import { SearchResolver } from './search/search.resolver';
import { SupplierResolver } from './suppliers/supplier.resolver';
import { BuyerGroupFieldsResolver, BuyerGroupProposalFieldsResolver } from './buyer-groups/buyer-group-fields.resolver';
import { BuyerGroupResolver } from './buyer-groups/buyer-group.resolver';

/** The API process: GraphQL + /health. It never runs jobs. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig) {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, 'api')),
        TypeOrmModule.forRoot(dataSourceOptions(config.database.url, ALL_ENTITIES)),
        ReferenceModule,
        QueueModule,
        OutboxModule,
        IdentityModule,
        NeedsModule,
        SuppliersModule,
        SearchModule,
        MatchingModule,
        NotificationsModule,
        LedgerModule,
        OpenDataModule,
        ClarificationsModule,
        DialogueModule,
        BuyerGroupsModule,
        PrivacyModule,
        AdviceModule,
        TerminusModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoaderSourcesModule],
          inject: [APP_CONFIG, SessionService, LoaderSources],
          useFactory: graphqlOptions,
        }),
      ],
      controllers: [
        HealthController,
        UnsubscribeController,
        LedgerExportController,
        OcdsController,
        AuthSessionController,
        FunnelCsvController,
      ],
      providers: [
        ApiBootstrap,
        ReferenceViews,
        PlatformService,
        IdentityResolver,
        OrganizationFieldsResolver,
        ReferenceResolver,
        NeedResolver,
        NeedFieldsResolver,
        SupplierResolver,
        SearchResolver,
        PlatformResolver,
        MatchResolver,
        MatchFieldsResolver,
        CriteriaResolver,
        CriteriaReplayResolver,
        NotificationResolver,
        NotificationFieldsResolver,
        LedgerAccess,
        LedgerResolver,
        ClarificationResolver,
        QuestionFieldsResolver,
        DialogueResolver,
        DialogueFieldsResolver,
        DialogueMessageFieldsResolver,
        BuyerGroupResolver,
        BuyerGroupFieldsResolver,
        BuyerGroupProposalFieldsResolver,
        PrivacyResolver,
        NeedOutcomeFieldResolver,
        OutcomeFieldsResolver,
        AdviceResolver,
        FunnelResolver,
      ],
    };
  }
}
