import { Module } from '@nestjs/common';
import { InnovationFunnelService } from './innovation-funnel.service';
import { OpenDataService } from './open-data.service';

/** Needs the global ReferenceModule and ConfigModule. */
@Module({ providers: [OpenDataService, InnovationFunnelService], exports: [OpenDataService, InnovationFunnelService] })
export class OpenDataModule {}
