import { Controller, Get, HttpStatus, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OcdsReleasePackage, OpenDataService, parseFeedQuery } from '@navet/open-data';

/**
 * Open data, no sign-in: `GET /ocds/releases?since=<ISO date>&limit=<1..1000>&after=<token>` returns an
 * OCDS 1.1 release package of published and closed needs, one planning release per need version, with
 * `links.next` while more follow. A bad parameter is 400 with `{ error, field, message }`.
 */
@Controller('ocds')
export class OcdsController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('releases')
  async releases(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OcdsReleasePackage | { error: string; field: string; message: string }> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const parsed = parseFeedQuery(query);
    if (!parsed.ok) {
      res.status(HttpStatus.BAD_REQUEST);
      return { error: 'BAD_USER_INPUT', field: parsed.field, message: `${parsed.field} ${parsed.message}` };
    }
    return this.openData.releasePackage(parsed.query);
  }
}
