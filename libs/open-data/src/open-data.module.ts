import { Module } from '@nestjs/common';
import { OpenDataService } from './open-data.service';

/** Needs the global ReferenceModule and ConfigModule. */
@Module({ providers: [OpenDataService], exports: [OpenDataService] })
export class OpenDataModule {}
