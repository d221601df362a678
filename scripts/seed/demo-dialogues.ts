import { DataSource } from 'typeorm';
import { DialogueMessaging, DialogueOpener, DialogueSide } from '@navet/dialogue';
import type { Actor } from '@navet/identity';
import { usersOfOrganizations } from '@navet/identity';
import { MappedSupplier, noticeRefs, readTedData, supplierProfileFromTed } from '@navet/importer';
import { recordSeededConnection } from '@navet/matching';
import { needsBySourceRef } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import { ReferenceCatalogue } from '@navet/reference';
import { profilesBySourceRef } from '@navet/suppliers';
import { DEMO_SUPPLIER_PROFILE } from './demo-content';

interface DemoMessage {
  from: DialogueSide;
  body: string;
  /** Set: the supplier requests confidentiality with this reason. */
  confidentialityReason?: string;
}

interface DemoDialogue {
  needKey: string;
  /** The demo supplier, or the first TED supplier (Swedish first) with a CPV code under one of these prefixes. */
  supplier: 'demo' | { cpvPrefixes: readonly string[] };
  interest: string;
  invitation: string;
  messages: readonly DemoMessage[];
}

/** Connected pairs on Demo kommun's needs, talking as buyers and suppliers do before a tender. */
export const DEMO_DIALOGUES: readonly DemoDialogue[] = [
  {
    needKey: 'hemtjanst-laddning',
    supplier: 'demo',
    interest:
      'Vi styr sedan två år laddningen för 80 hemtjänstbilar i en annan kommun efter körschema och elnätets kapacitet, och visar gärna hur det fungerade.',
    invitation:
      'Välkomna till dialog! Vi vill särskilt förstå hur ni hanterar baser där elnätet inte räcker till för att ladda alla bilar samtidigt.',
    messages: [
      { from: 'BUYER', body: 'Hur lång tid tog införandet i den andra kommunen, och vad krävdes av deras IT-avdelning?' },
      {
        from: 'SUPPLIER',
        body: 'Ungefär fyra månader från start till full drift. Vi behöver läsbehörighet till körschemat; styrningen körs i vår molntjänst i Sverige.',
      },
      {
        from: 'SUPPLIER',
        body: 'Här är en sammanställning av kostnaden per bil och månad i referensprojektet, uppdelad på licens, drift och installation.',
        confidentialityReason: 'Innehåller vår prismodell och referenskundens avtalsvillkor (affärshemligheter).',
      },
      {
        from: 'BUYER',
        body: 'Tack! Vi har noterat er begäran om sekretess. Om någon begär ut handlingen prövar vi sekretessen då, enligt offentlighets- och sekretesslagen.',
      },
    ],
  },
  {
    needKey: 'skolmaltider-matsvinn',
    supplier: { cpvPrefixes: ['555', '55'] },
    interest:
      'Vi driver skolrestauranger och mäter svinnet varje dag med vågar vid diskinlämningen. Vi berättar gärna vad som gav effekt.',
    invitation: 'Välkomna! Hur har ni fått eleverna delaktiga i arbetet mot matsvinn?',
    messages: [
      {
        from: 'SUPPLIER',
        body: 'Elevråden får svinnsiffrorna varje vecka och röstar fram en rätt i månaden. Tallrikssvinnet minskade med en tredjedel första terminen.',
      },
      { from: 'BUYER', body: 'Spännande. Kan ni dela hur ni prognostiserar antalet ätande när skolorna har friluftsdagar?' },
    ],
  },
];

export interface DialogueSeedResult {
  connections: number;
  dialogues: number;
  messages: number;
}

// Minutes before the seed: the interest came first, the invitation later, the dialogue after that.
const minutesAgo = (now: Date, m: number) => new Date(now.getTime() - m * 60_000);

/** The TED supplier profile a demo dialogue talks with: Swedish suppliers first, then any. */
function tedSupplierRef(catalogue: ReferenceCatalogue, prefixes: readonly string[]): string | null {
  const { notices, suppliers } = readTedData();
  const refs = noticeRefs(notices);
  const mapped = suppliers
    .map((s) => supplierProfileFromTed(s, catalogue, refs))
    .filter((s): s is MappedSupplier => s !== null && s.profile.discoverable);
  const fits = (m: MappedSupplier) => prefixes.some((p) => m.profile.cpvCodes.some((c) => c.startsWith(p)));
  const pick = mapped.find((m) => fits(m) && m.organization.countryCode === 'SE') ?? mapped.find(fits);
  return pick?.profile.sourceRef ?? null;
}

/**
 * Demo dialogues, after `seedDemo` (needs and profiles must exist): each pair is connected as the
 * lifecycle would connect it (interest and invitation with messages, ledger entries, the connected
 * event), its dialogue opened (the interest and invitation open the history) and the messages sent
 * through the dialogue service, so ledger entries and the other side's notifications follow as in
 * real use. Idempotent: a pair already connected is skipped, and messages are only sent into a
 * dialogue this run opened.
 */
export async function seedDemoDialogues(ds: DataSource, catalogue: ReferenceCatalogue): Promise<DialogueSeedResult> {
  const outbox = new OutboxWriter();
  const opener = new DialogueOpener(ds);
  const messaging = new DialogueMessaging(ds, outbox);
  const result: DialogueSeedResult = { connections: 0, dialogues: 0, messages: 0 };
  const now = new Date();
  for (const [i, demo] of DEMO_DIALOGUES.entries()) {
    const need = (await needsBySourceRef(ds, [`demo-need:${demo.needKey}`])).get(`demo-need:${demo.needKey}`);
    const profileRef =
      demo.supplier === 'demo' ? DEMO_SUPPLIER_PROFILE.sourceRef : tedSupplierRef(catalogue, demo.supplier.cpvPrefixes);
    const profile = profileRef ? (await profilesBySourceRef(ds, [profileRef])).get(profileRef) : undefined;
    if (!need || need.status !== 'PUBLISHED' || !profile) continue;
    const base = 60 * 24 * (DEMO_DIALOGUES.length - i);
    const matchId = await ds.transaction((em) =>
      recordSeededConnection(em, outbox, {
        needId: need.id,
        supplierId: profile.id,
        interestMessage: demo.interest,
        invitationMessage: demo.invitation,
        interestedAt: minutesAgo(now, base + 90),
        invitedAt: minutesAgo(now, base + 30),
        explanation: 'Demo: the supplier showed interest and the buyer invited it to a dialogue.',
      }),
    );
    if (!matchId) continue;
    result.connections++;
    const dialogueId = await opener.openForMatch(matchId);
    if (!dialogueId) continue;
    result.dialogues++;
    const actors = await partyActors(ds, need.buyerOrganizationId, profile.organizationId);
    for (const m of demo.messages) {
      await messaging.send(actors[m.from], dialogueId, {
        body: m.body,
        confidentialityRequested: m.confidentialityReason !== undefined,
        confidentialityReason: m.confidentialityReason ?? null,
      });
      result.messages++;
    }
  }
  return result;
}

/**
 * Who speaks for each side: its first user. TED suppliers have no users; the dialogue service only
 * reads the organization of the author, so the seed speaks for the organization itself.
 */
async function partyActors(ds: DataSource, buyerOrg: string, supplierOrg: string): Promise<Record<DialogueSide, Actor>> {
  const users = await usersOfOrganizations(ds, [buyerOrg, supplierOrg]);
  const actor = (organizationId: string, role: 'BUYER' | 'SUPPLIER'): Actor => ({
    userId: users.find((u) => u.organizationId === organizationId)?.userId ?? organizationId,
    organizationId,
    role,
  });
  return { BUYER: actor(buyerOrg, 'BUYER'), SUPPLIER: actor(supplierOrg, 'SUPPLIER') };
}
