/** The two sides of a dialogue (the sides of its match). */
export type DialogueSide = 'BUYER' | 'SUPPLIER';

/** A dialogue between the buyer and the supplier of one CONNECTED match. */
export interface Dialogue {
  id: string;
  matchId: string;
  needId: string;
  /** The supplier's profile id. */
  supplierId: string;
  buyerOrganizationId: string;
  supplierOrganizationId: string;
  openedAt: Date;
  lastMessageAt: Date | null;
  messageCount: number;
}

export interface DialogueMessage {
  id: string;
  dialogueId: string;
  /** 1, 2, ... in the dialogue, oldest first. */
  seq: number;
  authorSide: DialogueSide;
  authorOrganizationId: string;
  body: string;
  confidentialityRequested: boolean;
  confidentialityReason: string | null;
  createdAt: Date;
}

export const MAX_DIALOGUE_MESSAGE = 5000;
export const MAX_CONFIDENTIALITY_REASON = 1000;
export const DEFAULT_MESSAGES_PAGE = 50;
export const MAX_MESSAGES_PAGE = 200;
export const MAX_DIALOGUES_PAGE = 200;
