import { Controller, Get, NotFoundException, Param, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '@navet/core';
import { Actor, IdentityService, TokenService } from '@navet/identity';
import { buildLedgerExport, LedgerExport, ledgerCsv, LedgerService } from '@navet/ledger';
import { bearerToken } from '../graphql/graphql-context';
import { LedgerAccess } from './ledger-access.policy';

/**
 * The ledger for the procurement file: `GET /needs/:id/ledger.json` (everything an offline check needs,
 * see docs/ledger.md and `npm run ledger:verify`) and `.csv` (RFC 4180). Bearer token as for GraphQL;
 * 401 without a valid token, 404 for unknown needs and needs the caller may not read (no hint either way).
 */
@Controller('needs')
export class LedgerExportController {
  constructor(
    private readonly tokens: TokenService,
    private readonly access: LedgerAccess,
    private readonly ledger: LedgerService,
    private readonly identity: IdentityService,
  ) {}

  @Get(':id/ledger.json')
  async json(@Param('id') id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const x = await this.export(id, req);
    this.headers(res, 'application/json; charset=utf-8', `ledger-${x.needId}.json`);
    return JSON.stringify(x, null, 2) + '\n';
  }

  @Get(':id/ledger.csv')
  async csv(@Param('id') id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const x = await this.export(id, req);
    this.headers(res, 'text/csv; charset=utf-8; header=present', `ledger-${x.needId}.csv`);
    return ledgerCsv(x);
  }

  private async export(id: string, req: Request): Promise<LedgerExport> {
    const actor = await this.actor(req);
    try {
      const need = await this.access.readableNeed(actor, id);
      const entries = await this.ledger.entries(need.id);
      const orgIds = [...new Set(entries.flatMap((e) => (e.actorOrganizationId ? [e.actorOrganizationId] : [])))];
      const names = new Map((await this.identity.organizationsByIds(orgIds)).map((o) => [o.id, o.name]));
      return buildLedgerExport(need.id, entries, names, new Date());
    } catch (e) {
      if (e instanceof DomainError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN'))
        throw new NotFoundException('Need not found');
      throw e;
    }
  }

  private async actor(req: Request): Promise<Actor> {
    const token = bearerToken(req);
    if (!token) throw new UnauthorizedException('A Bearer token is required');
    try {
      return await this.tokens.verifyCurrent(token);
    } catch (e) {
      if (e instanceof DomainError) throw new UnauthorizedException('The token is invalid or expired');
      throw e;
    }
  }

  private headers(res: Response, type: string, filename: string): void {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }
}
