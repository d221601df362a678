import { DataSource } from 'typeorm';
import {
  clarificationsOfNeeds,
  clarificationSummary,
  insertClarification,
  insertQuestion,
  markAnswered,
  QUESTION_ASKED_SUMMARY,
} from '@navet/clarifications';
import { newId } from '@navet/core';
import { readTedData } from '@navet/importer';
import { appendLedgerEntries, LedgerAppend } from '@navet/ledger';
import { needsBySourceRef } from '@navet/needs';
import { profilesBySourceRef } from '@navet/suppliers';
import { DEMO_SUPPLIER_PROFILE } from './demo-content';

/**
 * Questions and public clarifications on Demo kommun's published needs, so the dialogue can be
 * seen at once: answered questions with their clarifications, a clarification nobody asked for,
 * and open questions for buyer@navet.demo to answer (supplier@navet.demo asked some of them).
 * Idempotent: nothing is written when the first demo need already has a clarification. Rows and
 * their ledger entries commit together, as in the API.
 */
const CLARIFICATION_LOCK = 741_852_966;

/** Who asks: the demo supplier, or the n-th Swedish TED supplier with a demo profile. */
type Asker = 'demo' | 0 | 1;

interface DemoThread {
  asker: Asker | null;
  question: string;
  /** What the buyer published; absent = the question is still open. */
  clarification?: { question: string; answer: string };
}

const THREADS: Record<string, readonly DemoThread[]> = {
  'hemtjanst-laddning': [
    {
      asker: 'demo',
      question: 'Kan laddboxar sättas upp i kommunens egna garage, eller bara på gatumark vid brukarnas bostäder?',
      clarification: {
        question: 'Kan laddningen placeras i kommunens egna garage?',
        answer:
          'Ja. Tre av hemtjänstens fyra baser har egna garage där laddning får installeras; den fjärde basen delar parkering med ett bostadsbolag och kräver deras medgivande. Laddning på gatumark vid brukarnas bostäder ingår inte.',
      },
    },
    {
      asker: null,
      question: 'Är dialogen öppen för leverantörer utanför Stockholms län?',
      clarification: {
        question: 'Är dialogen öppen för leverantörer utanför Stockholms län?',
        answer: 'Ja. Alla leverantörer är välkomna i dialogen oavsett var de finns; driften ska däremot kunna ske i kommunen.',
      },
    },
    { asker: 0, question: 'Vilken elanslutning (säkringsstorlek) finns vid baserna i dag, och får vi ta del av ritningar?' },
  ],
  'skolmaltider-matsvinn': [
    {
      asker: 1,
      question: 'Hur många portioner serveras per skoldag, och i hur många kök lagas maten?',
      clarification: {
        question: 'Hur stor är verksamheten?',
        answer: 'Omkring 6 500 portioner per skoldag. Maten lagas i 9 tillagningskök och serveras i 24 skolrestauranger.',
      },
    },
    { asker: 'demo', question: 'Går det att besöka ett tillagningskök under dialogen för att se hur svinnet mäts i dag?' },
  ],
};

export interface ClarificationSeedResult {
  questions: number;
  clarifications: number;
  skipped: boolean;
}

async function askerOrganizations(ds: DataSource): Promise<Map<Asker, string>> {
  const swedish = readTedData()
    .suppliers.filter((s) => s.country === 'SE')
    .map((s) => `ted-supplier:${s.supplier_id}`);
  const profiles = await profilesBySourceRef(ds, [DEMO_SUPPLIER_PROFILE.sourceRef, ...swedish]);
  const out = new Map<Asker, string>();
  const demo = profiles.get(DEMO_SUPPLIER_PROFILE.sourceRef);
  if (demo) out.set('demo', demo.organizationId);
  const ted = swedish.map((ref) => profiles.get(ref)).filter((p) => !!p);
  ted.slice(0, 2).forEach((p, i) => out.set(i as 0 | 1, p!.organizationId));
  return out;
}

export async function seedDemoClarifications(ds: DataSource): Promise<ClarificationSeedResult> {
  const keys = Object.keys(THREADS);
  const needs = await needsBySourceRef(
    ds,
    keys.map((k) => `demo-need:${k}`),
  );
  const askers = await askerOrganizations(ds);
  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [CLARIFICATION_LOCK]);
    const ids = [...needs.values()].filter((n) => n.status === 'PUBLISHED').map((n) => n.id);
    const existing = await clarificationsOfNeeds(em, ids);
    if (ids.length === 0 || [...existing.values()].some((c) => c.length > 0))
      return { questions: 0, clarifications: 0, skipped: true };
    let at = Date.now();
    const tick = () => new Date((at += 60_000));
    const ledger: LedgerAppend[] = [];
    let questions = 0;
    let clarifications = 0;
    for (const key of keys) {
      const need = needs.get(`demo-need:${key}`);
      if (!need || need.status !== 'PUBLISHED') continue;
      for (const t of THREADS[key]!) {
        const askerOrg = t.asker === null ? null : (askers.get(t.asker) ?? null);
        let questionId: string | null = null;
        if (askerOrg) {
          questionId = newId();
          const askedAt = tick();
          await insertQuestion(em, {
            id: questionId,
            needId: need.id,
            organizationId: askerOrg,
            askedByUserId: null,
            question: t.question,
            status: 'OPEN',
            askedAt,
            clarificationId: null,
          });
          ledger.push({
            needId: need.id,
            action: 'QUESTION_ASKED',
            actorOrganizationId: askerOrg,
            summary: QUESTION_ASKED_SUMMARY,
            at: askedAt,
          });
          questions++;
        }
        if (!t.clarification) continue;
        const publishedAt = tick();
        const id = newId();
        await insertClarification(em, { id, needId: need.id, ...t.clarification, publishedAt, publishedByUserId: null });
        if (questionId) await markAnswered(em, questionId, id, publishedAt);
        ledger.push({
          needId: need.id,
          action: 'CLARIFICATION_PUBLISHED',
          actorOrganizationId: need.buyerOrganizationId,
          summary: clarificationSummary(questionId !== null),
          at: publishedAt,
        });
        clarifications++;
      }
    }
    // Last: the ledger holds its per-need locks until commit.
    await appendLedgerEntries(em, ledger);
    return { questions, clarifications, skipped: false };
  });
}
