import { Global, Module } from '@nestjs/common';
import { ReferenceCatalogue } from './reference-catalogue';

@Global()
@Module({
  providers: [{ provide: ReferenceCatalogue, useFactory: () => ReferenceCatalogue.fromFiles() }],
  exports: [ReferenceCatalogue],
})
export class ReferenceModule {}
