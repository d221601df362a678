import { newId } from '@navet/core';
import type { Queryable } from '@navet/database';
import type { Dialogue, DialogueMessage, DialogueSide } from '../domain/dialogue';

const DIALOGUE_COLUMNS = `id, match_id AS "matchId", need_id AS "needId", supplier_id AS "supplierId",
  buyer_organization_id AS "buyerOrganizationId", supplier_organization_id AS "supplierOrganizationId",
  opened_at AS "openedAt", last_message_at AS "lastMessageAt", message_count AS "messageCount"`;

const MESSAGE_COLUMNS = `id, dialogue_id AS "dialogueId", seq, author_side AS "authorSide",
  author_organization_id AS "authorOrganizationId", body, confidentiality_requested AS "confidentialityRequested",
  confidentiality_reason AS "confidentialityReason", created_at AS "createdAt"`;

export interface NewDialogue {
  matchId: string;
  needId: string;
  supplierId: string;
  buyerOrganizationId: string;
  supplierOrganizationId: string;
}

/** Inserts the match's dialogue unless it has one; returns the new id, or null when it existed. */
export async function insertDialogueOnce(db: Queryable, d: NewDialogue): Promise<string | null> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO dialogues (id, match_id, need_id, supplier_id, buyer_organization_id, supplier_organization_id)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (match_id) DO NOTHING RETURNING id`,
    [newId(), d.matchId, d.needId, d.supplierId, d.buyerOrganizationId, d.supplierOrganizationId],
  );
  return rows[0]?.id ?? null;
}

export interface NewMessage {
  authorSide: DialogueSide;
  authorOrganizationId: string;
  body: string;
  confidentialityRequested: boolean;
  confidentialityReason: string | null;
  /** Default: now. */
  createdAt?: Date;
}

/**
 * Appends messages after the dialogue's last one and keeps its counters. The caller holds the
 * dialogue's row lock (lockDialogue) or has just inserted it, so sequence numbers never collide.
 */
export async function appendMessages(
  db: Queryable,
  dialogueId: string,
  messages: readonly NewMessage[],
): Promise<DialogueMessage[]> {
  if (messages.length === 0) return [];
  const [{ n }] = (await db.query(`SELECT message_count AS n FROM dialogues WHERE id = $1`, [dialogueId])) as { n: number }[];
  const out: DialogueMessage[] = [];
  let seq = n;
  for (const m of messages) {
    seq += 1;
    const [row] = (await db.query(
      `INSERT INTO dialogue_messages (id, dialogue_id, seq, author_side, author_organization_id, body,
         confidentiality_requested, confidentiality_reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now())) RETURNING ${MESSAGE_COLUMNS}`,
      [
        newId(),
        dialogueId,
        seq,
        m.authorSide,
        m.authorOrganizationId,
        m.body,
        m.confidentialityRequested,
        m.confidentialityReason,
        m.createdAt ?? null,
      ],
    )) as DialogueMessage[];
    out.push(row!);
  }
  const last = out.reduce((t, m) => (m.createdAt > t ? m.createdAt : t), out[0]!.createdAt);
  await db.query(
    `UPDATE dialogues SET message_count = $2, last_message_at = GREATEST(coalesce(last_message_at, $3), $3) WHERE id = $1`,
    [dialogueId, seq, last],
  );
  return out;
}

export async function readDialogue(db: Queryable, id: string, lock = false): Promise<Dialogue | null> {
  const rows: Dialogue[] = await db.query(`SELECT ${DIALOGUE_COLUMNS} FROM dialogues WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
    id,
  ]);
  return rows[0] ?? null;
}

export async function readDialogueOfMatch(db: Queryable, matchId: string): Promise<Dialogue | null> {
  const rows: Dialogue[] = await db.query(`SELECT ${DIALOGUE_COLUMNS} FROM dialogues WHERE match_id = $1`, [matchId]);
  return rows[0] ?? null;
}

export interface DialogueScope {
  /** Dialogues on these needs (the buyer side's needs). */
  needIds: readonly string[];
  /** Dialogues of this supplier organization. */
  supplierOrganizationId: string | null;
  /** Every dialogue (admins); the other two are then ignored. */
  all: boolean;
  /** Only dialogues on this need. */
  needId: string | null;
}

/** Dialogues in scope, most recently active first. */
export function listDialogues(db: Queryable, scope: DialogueScope, limit: number): Promise<Dialogue[]> {
  return db.query(
    `SELECT ${DIALOGUE_COLUMNS} FROM dialogues
      WHERE ($1::boolean OR need_id = ANY($2::uuid[]) OR supplier_organization_id = $3::uuid)
        AND ($4::uuid IS NULL OR need_id = $4::uuid)
      ORDER BY coalesce(last_message_at, opened_at) DESC, id LIMIT $5`,
    [scope.all, scope.needIds, scope.supplierOrganizationId, scope.needId, limit],
  );
}

/** One page per dialogue, oldest first within the page (newest last). */
export async function readMessagePages(db: Queryable, dialogueIds: readonly string[], last: number, beforeSeq: number | null) {
  if (dialogueIds.length === 0) return new Map<string, DialogueMessage[]>();
  const rows: (DialogueMessage & { rn: number })[] = await db.query(
    `SELECT * FROM (
       SELECT ${MESSAGE_COLUMNS}, row_number() OVER (PARTITION BY dialogue_id ORDER BY seq DESC) AS rn
         FROM dialogue_messages WHERE dialogue_id = ANY($1::uuid[]) AND ($2::int IS NULL OR seq < $2::int)
     ) p WHERE rn <= $3 ORDER BY "dialogueId", seq`,
    [dialogueIds, beforeSeq, last],
  );
  const out = new Map<string, DialogueMessage[]>(dialogueIds.map((id) => [id, []]));
  for (const { rn: _rn, ...m } of rows) out.get(m.dialogueId)?.push(m);
  return out;
}

export async function readMessage(db: Queryable, id: string): Promise<DialogueMessage | null> {
  const rows: DialogueMessage[] = await db.query(`SELECT ${MESSAGE_COLUMNS} FROM dialogue_messages WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Messages the organization has not read, written by others, per dialogue. */
export async function unreadCounts(
  db: Queryable,
  organizationId: string,
  dialogueIds: readonly string[],
): Promise<Map<string, number>> {
  if (dialogueIds.length === 0) return new Map();
  const rows: { dialogueId: string; n: number }[] = await db.query(
    `SELECT m.dialogue_id AS "dialogueId", count(*)::int AS n
       FROM dialogue_messages m
       LEFT JOIN dialogue_reads r ON r.dialogue_id = m.dialogue_id AND r.organization_id = $1
      WHERE m.dialogue_id = ANY($2::uuid[]) AND m.author_organization_id <> $1 AND m.seq > coalesce(r.read_seq, 0)
      GROUP BY m.dialogue_id`,
    [organizationId, dialogueIds],
  );
  return new Map(rows.map((r) => [r.dialogueId, r.n]));
}

/** The organization has read each dialogue up to its `seq`; a marker never moves back. */
export async function markRead(
  db: Queryable,
  organizationId: string,
  marks: readonly { dialogueId: string; seq: number }[],
): Promise<void> {
  if (marks.length === 0) return;
  await db.query(
    `INSERT INTO dialogue_reads (dialogue_id, organization_id, read_seq)
     SELECT d, $1::uuid, s FROM unnest($2::uuid[], $3::int[]) AS t(d, s)
     ON CONFLICT (dialogue_id, organization_id) DO UPDATE
       SET read_seq = EXCLUDED.read_seq, read_at = now()
       WHERE dialogue_reads.read_seq < EXCLUDED.read_seq`,
    [organizationId, marks.map((m) => m.dialogueId), marks.map((m) => m.seq)],
  );
}

export async function countMessages(db: Queryable, dialogueId: string): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM dialogue_messages WHERE dialogue_id = $1`, [
    dialogueId,
  ]);
  return rows[0]?.n ?? 0;
}

/** A message with its dialogue, for planning who hears of it. */
export async function readMessageWithDialogue(
  db: Queryable,
  messageId: string,
): Promise<{ message: DialogueMessage; dialogue: Dialogue } | null> {
  const message = await readMessage(db, messageId);
  const dialogue = message ? await readDialogue(db, message.dialogueId) : null;
  return message && dialogue ? { message, dialogue } : null;
}
