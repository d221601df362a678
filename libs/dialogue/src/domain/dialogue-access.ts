import type { DialogueSide } from './dialogue';

/**
 * Who reads the dialogues of a need, besides the supplier of each dialogue. Built by
 * `needReadersOf` (persistence/need-readers.reader.ts).
 */
export interface NeedReaders {
  /** The owning buyer organization: every dialogue on the need, messages included. */
  ownerOrganizationId: string;
  /**
   * Hook for buyer groups: organizations that may see that dialogues on the need exist (need,
   * supplier, opened, closed), never their messages. Empty until buyer groups fill it.
   */
  existenceReaders: readonly string[];
}

export interface DialogueViewer {
  organizationId: string;
  isAdmin: boolean;
}

/**
 * How a viewer may see a dialogue: as one of its two parties (read and write), as an admin (read),
 * or, for a buyer group's members, its existence only. null: not at all (callers answer NOT_FOUND
 * or leave it out of lists, never hinting that it exists).
 */
export type DialogueAccess = DialogueSide | 'ADMIN' | 'EXISTENCE';

/** The one access rule for dialogues; every read and write goes through it. */
export function dialogueAccess(
  viewer: DialogueViewer | null,
  dialogue: { supplierOrganizationId: string },
  readers: NeedReaders,
): DialogueAccess | null {
  if (!viewer) return null;
  if (viewer.organizationId === readers.ownerOrganizationId) return 'BUYER';
  if (viewer.organizationId === dialogue.supplierOrganizationId) return 'SUPPLIER';
  if (viewer.isAdmin) return 'ADMIN';
  if (readers.existenceReaders.includes(viewer.organizationId)) return 'EXISTENCE';
  return null;
}

export const readsMessages = (a: DialogueAccess): boolean => a !== 'EXISTENCE';

/** The side a viewer writes for; admins and existence readers write nothing. */
export const sideOf = (a: DialogueAccess): DialogueSide | null => (a === 'BUYER' || a === 'SUPPLIER' ? a : null);
