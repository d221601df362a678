import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { indexUidFor, SearchIndexKind } from './index-kind';
import { keepAliveHttpClient } from './keep-alive-http';
import { ensureIndexes } from './index-setup';

/** Wraps the official client with Navet's index names. */
@Injectable()
export class MeiliClient {
  readonly client: Meilisearch;
  readonly prefix: string;
  private readyPromise: Promise<void> | null = null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'meili'>) {
    this.client = new Meilisearch({
      host: config.meili.url,
      apiKey: config.meili.masterKey,
      httpClient: keepAliveHttpClient({ timeoutMs: config.meili.timeoutMs }),
    });
    this.prefix = config.meili.indexPrefix;
  }

  indexUid(kind: SearchIndexKind): string {
    return indexUidFor(this.prefix, kind);
  }

  get needsIndexUid(): string {
    return this.indexUid('needs');
  }

  get suppliersIndexUid(): string {
    return this.indexUid('suppliers');
  }

  /** For /health: true when the server answers and says it is available. */
  async health(): Promise<boolean> {
    try {
      return await this.client.isHealthy();
    } catch {
      return false;
    }
  }

  /** Creates both live indexes and applies their settings (idempotent; waits for Meilisearch). */
  ensureIndexes(): Promise<void> {
    return ensureIndexes(this.client, this.prefix);
  }

  /** ensureIndexes() once per process, retried after a failure; call before reading or writing. */
  ready(): Promise<void> {
    this.readyPromise ??= this.ensureIndexes().catch((e: unknown) => {
      this.readyPromise = null;
      throw e;
    });
    return this.readyPromise;
  }
}
