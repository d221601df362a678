/** The GDPR export's document (art. 15 and 20): one JSON object, described in docs/privacy.md. */
export interface PersonalDataExport {
  format: 'navet-personal-data';
  formatVersion: 1;
  exportedAt: string;
  user: {
    id: string;
    email: string;
    name: string;
    role: string;
    preferredLanguage: string;
    createdAt: Date;
  };
  organization: object;
  supplierProfile: object | null;
  needsCreated: object[];
  questionsAsked: object[];
  /** A dialogue message names its organization, not a person: the organization's messages. */
  dialogueMessagesSentByOrganization: object[];
  matchRatingsOfOrganization: object[];
  savedSearches: object[];
  notifications: object[];
  notificationPreferences: object | null;
  deliveries: object[];
}

/** The export as text: stable key order, two-space indentation, so a person can read it too. */
export const exportText = (x: PersonalDataExport): string => JSON.stringify(x, null, 2);
