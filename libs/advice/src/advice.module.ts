import { Module } from '@nestjs/common';
import { MatchingModule } from '@navet/matching';
import { NeedsModule } from '@navet/needs';
import { NeedClosingService } from './services/need-closing.service';

/** [P] The need co-pilot and closing with an outcome. Needs the global ReferenceModule and SearchModule. */
@Module({
  imports: [NeedsModule, MatchingModule],
  providers: [NeedClosingService],
  exports: [NeedClosingService],
})
export class AdviceModule {}
