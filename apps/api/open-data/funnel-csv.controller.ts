import { Controller, Get, HttpStatus, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { funnelCsv, InnovationFunnelService, parseFunnelQuery } from '@navet/open-data';

/**
 * Open data, no sign-in: `GET /stats/funnel.csv?groupBy=MONTH&from=<ISO date>&to=<ISO date>`, the
 * innovation funnel as RFC 4180 CSV (UTF-8, CRLF). Same parameters and rules as `innovationFunnel`;
 * a bad parameter is 400 with `{ error, field, message }`.
 */
@Controller('stats')
export class FunnelCsvController {
  constructor(private readonly funnel: InnovationFunnelService) {}

  @Get('funnel.csv')
  async csv(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const parsed = parseFunnelQuery(query);
    if (!parsed.ok) {
      res
        .status(HttpStatus.BAD_REQUEST)
        .json({ error: 'BAD_USER_INPUT', field: parsed.field, message: `${parsed.field} ${parsed.message}` });
      return;
    }
    const rows = await this.funnel.funnel(parsed.query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    res.setHeader('Content-Disposition', `attachment; filename="innovation-funnel-${parsed.query.groupBy.toLowerCase()}.csv"`);
    res.status(HttpStatus.OK).send(funnelCsv(rows));
  }
}
