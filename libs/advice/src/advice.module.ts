import { Module } from '@nestjs/common';
import { MatchingModule } from '@navet/matching';
import { NeedsModule } from '@navet/needs';
import { SearchModule } from '@navet/search';
import { NeedAdviceService } from './services/need-advice.service';
import { NeedClosingService } from './services/need-closing.service';

/** [P] The need co-pilot and closing with an outcome. Needs the global ReferenceModule and SearchModule. */
@Module({
  imports: [NeedsModule, MatchingModule, SearchModule],
  providers: [NeedClosingService, NeedAdviceService],
  exports: [NeedClosingService, NeedAdviceService],
})
export class AdviceModule {}
