import { Module } from '@nestjs/common';
import { IdentityModule } from '@navet/identity';
import { AccountErasureService } from './services/account-erasure.service';
import { PersonalDataExportService } from './services/personal-data-export.service';

/** For the API: exportMyData and eraseMyAccount. Needs a TypeORM DataSource and the (global) outbox. */
@Module({
  imports: [IdentityModule],
  providers: [PersonalDataExportService, AccountErasureService],
  exports: [PersonalDataExportService, AccountErasureService],
})
export class PrivacyModule {}
