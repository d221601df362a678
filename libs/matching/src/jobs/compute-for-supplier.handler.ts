import { Injectable } from '@nestjs/common';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { ComputeForSupplierService } from '../compute/compute-for-supplier.service';

/** Places a changed supplier profile on the open needs it now fits. */
@Injectable()
export class ComputeForSupplierHandler implements JobHandler<'matching.compute-for-supplier'> {
  readonly jobName = 'matching.compute-for-supplier' as const;

  constructor(private readonly service: ComputeForSupplierService) {}

  async handle({ supplierId }: JobPayload<'matching.compute-for-supplier'>, ctx?: JobContext): Promise<void> {
    await this.service.compute(supplierId, ctx?.priority);
  }
}
