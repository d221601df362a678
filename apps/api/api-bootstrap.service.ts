import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { runMigrations } from '@navet/database';
import { IdentityService } from '@navet/identity';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { MeiliClient } from '@navet/search';

/** Before serving: schema migrations, reference data, the configured admin, search index settings. */
@Injectable()
export class ApiBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(ApiBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
    private readonly catalogue: ReferenceCatalogue,
    private readonly identity: IdentityService,
    private readonly meili: MeiliClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const applied = await runMigrations(this.ds);
    if (applied.length) this.logger.log({ applied }, 'migrations applied');
    await loadReferenceData(this.ds, this.catalogue);
    if (this.config.admin) await this.identity.ensureAdmin(this.config.admin.email, this.config.admin.password);
    await this.meili.ready();
  }
}
