import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, requireRole } from '@navet/identity';
import {
  MatchCriteriaService,
  MatchWeights,
  needQuery,
  scoreNeedPair,
  SimilarNeedScore,
  SimilarNeedsFinder,
  SuggestionCounter,
} from '@navet/matching';
import { closedNeedsInCpvDivisions, Need } from '@navet/needs';
import { cpvDivision, ReferenceCatalogue } from '@navet/reference';
import { MeiliClient } from '@navet/search';
import { loadAdviceTerms, stopwordSet } from '../advice-data';
import { AdviceFinding } from '../domain/advice-finding';
import { adviceLanguage, AdviceTerms } from '../domain/advice-terms';
import { CpvLabelIndex } from '../domain/cpv-label-index';
import {
  cpvFindings,
  CpvSuggestionResult,
  DEFAULT_CPV_PARAMS,
  draftTerms,
  Neighbour,
  suggestCpvCodes,
} from '../domain/cpv-suggestions';
import { NeedDraft, NeedDraftInput, validateDraft } from '../domain/need-draft';
import { wordingFindings } from '../domain/wording-findings';

export interface NeedAdvice {
  suggestedCpvCodes: CpvSuggestionResult[];
  findings: AdviceFinding[];
  similarClosedNeeds: SimilarNeedScore[];
  similarOpenNeeds: SimilarNeedScore[];
  likelySupplierCount: number;
}

const SUGGESTIONS = 10;
const NEIGHBOURS_PER_INDEX = 10;
const RADAR = 5;
const CLOSED_CANDIDATES = 300;
/** A draft without codes is searched for with its best suggested codes. */
const CODES_FROM_SUGGESTIONS = 3;
// Not a stored need: an id no row has, so feedback and "other buyers" filters treat it as new.
const DRAFT_ID = '00000000-0000-4000-8000-000000000000';

/**
 * `needAdvice`: the co-pilot beside a buyer's draft. Nothing is stored. CPV suggestions and wording
 * rules are pure (domain/); the reuse radar runs the `similarNeeds` engine (candidates + need-vs-need
 * scorer) over open needs and over closed needs; the likely supplier count is the matcher's selection
 * on the draft as it stands, counted exactly without measuring every candidate's text.
 */
@Injectable()
export class NeedAdviceService {
  private readonly terms: AdviceTerms = loadAdviceTerms();
  private readonly stopwords = stopwordSet(this.terms);
  private index: CpvLabelIndex | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly meili: MeiliClient,
    private readonly catalogue: ReferenceCatalogue,
    private readonly finder: SimilarNeedsFinder,
    private readonly counter: SuggestionCounter,
    private readonly criteria: MatchCriteriaService,
  ) {}

  /** Built once, on first use (about 9,500 labels). */
  labelIndex(): CpvLabelIndex {
    this.index ??= new CpvLabelIndex(this.catalogue.allCpv(), this.stopwords);
    return this.index;
  }

  async advise(actor: Actor | null, input: NeedDraftInput, now = new Date()): Promise<NeedAdvice> {
    const buyer = requireRole(actor, 'BUYER');
    const draft: NeedDraft = {
      ...validateDraft(input, now),
      cpvCodes: this.catalogue.validateCpvCodes('cpvCodes', [...(input.cpvCodes ?? [])], 0),
      regionCodes: this.catalogue.validateRegionCodes('regionCodes', [...(input.regionCodes ?? [])], 0),
    };
    const language = adviceLanguage(draft.language);
    const need = this.asNeed(draft, buyer.organizationId, draft.cpvCodes, now);
    const criteria = await this.criteria.active();
    // Everything that waits on Meilisearch or PostgreSQL starts at once; only a draft without codes
    // waits for the suggestions before its reuse radar (it is searched for with the best of them).
    const likely = this.likelySuppliers(need, criteria);
    const radarFor = (codes: string[]) => {
      const radarNeed = { ...need, cpvCodes: codes };
      return Promise.all([
        this.finder.find(this.ds, radarNeed, criteria.weights, { limit: RADAR }),
        this.similarClosed(radarNeed, criteria.weights),
      ]);
    };
    const early = draft.cpvCodes.length ? radarFor(draft.cpvCodes) : null;
    // Settled on every path, so a failure in one branch never leaves another rejecting unobserved.
    early?.catch(() => undefined);
    likely.catch(() => undefined);
    const neighbours = await this.neighbours(need);

    const index = this.labelIndex();
    const query = draftTerms(draft, this.stopwords);
    const lookup = (code: string) => this.catalogue.cpv(code);
    const suggestedCpvCodes = suggestCpvCodes(index, lookup, query, neighbours, language, DEFAULT_CPV_PARAMS, SUGGESTIONS);
    const findings = [
      ...wordingFindings(draft, language, this.terms, now),
      ...cpvFindings(
        draft.cpvCodes,
        suggestedCpvCodes,
        lookup,
        (c) => index.sharedWords(query.terms, c),
        query.terms.length,
        language,
      ),
    ];
    const [similarOpenNeeds, similarClosedNeeds] = await (early ??
      radarFor(suggestedCpvCodes.slice(0, CODES_FROM_SUGGESTIONS).map((s) => s.code)));
    return { suggestedCpvCodes, findings, similarClosedNeeds, similarOpenNeeds, likelySupplierCount: await likely };
  }

  private asNeed(d: NeedDraft, organizationId: string, cpvCodes: string[], now: Date): Need {
    return {
      id: DRAFT_ID,
      buyerOrganizationId: organizationId,
      title: d.title,
      summary: d.summary,
      description: d.description,
      desiredOutcomes: d.desiredOutcomes,
      language: d.language,
      cpvCodes,
      regionCodes: d.regionCodes,
      focusAreas: d.focusAreas,
      readiness: 'NEEDS_ADAPTATION',
      estimatedValueSek: null,
      dialogueDeadline: d.dialogueDeadline,
      status: 'PUBLISHED',
      stage: 'MARKET_DIALOGUE',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
  }

  /** The CPV codes of the closest published needs and discoverable profiles, alternating, closest first. */
  private async neighbours(need: Need): Promise<Neighbour[]> {
    const q = needQuery(need, this.catalogue);
    if (!q) return [];
    await this.meili.ready();
    const base = { q, limit: NEIGHBOURS_PER_INDEX, attributesToRetrieve: ['cpvCodes'], matchingStrategy: 'frequency' as const };
    const { results } = await this.meili.client.multiSearch<{ queries: never[] }, { cpvCodes: string[] }>({
      queries: [
        { ...base, indexUid: this.meili.needsIndexUid },
        { ...base, indexUid: this.meili.suppliersIndexUid },
      ] as never[],
    });
    const [needs = [], suppliers = []] = results.map((r) => r.hits);
    const out: Neighbour[] = [];
    for (let i = 0; i < Math.max(needs.length, suppliers.length); i++) {
      if (needs[i]) out.push({ cpvCodes: needs[i]!.cpvCodes ?? [] });
      if (suppliers[i]) out.push({ cpvCodes: suppliers[i]!.cpvCodes ?? [] });
    }
    return out;
  }

  /**
   * As the matcher would select for this draft now (candidates, minScore, evidence, cap): the exact
   * count, with the text of only the candidates whose text decides it (SuggestionCounter).
   */
  private likelySuppliers(need: Need, criteria: Awaited<ReturnType<MatchCriteriaService['active']>>): Promise<number> {
    return this.counter.count(need, criteria);
  }

  /** Closed needs of any buyer in the draft's CPV divisions, scored by the need-vs-need scorer. */
  private async similarClosed(
    need: Need,
    weights: Pick<MatchWeights, 'text' | 'cpv' | 'focusArea'>,
  ): Promise<SimilarNeedScore[]> {
    const closed = await closedNeedsInCpvDivisions(this.ds, need.cpvCodes.map(cpvDivision), CLOSED_CANDIDATES);
    return closed
      .map((o): SimilarNeedScore => ({ need: o, ...scoreNeedPair(need, o, weights, this.catalogue) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.need.id.localeCompare(b.need.id))
      .slice(0, RADAR);
  }
}
