export const ORGANIZATION_KINDS = ['PUBLIC_BUYER', 'SUPPLIER', 'PLATFORM'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ROLES = ['BUYER', 'SUPPLIER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  organizationNumber: string | null;
  countryCode: string;
  regionCode: string | null;
  website: string | null;
  verified: boolean;
  createdAt: Date;
}

export interface User {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  preferredLanguage: string;
  /** Whether the user followed the confirmation link sent at registration. */
  emailConfirmed: boolean;
}

/** Who is asking. Anonymous callers have no actor. */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
}

/** The role a user gets from the kind of organization they register. */
export function roleForKind(kind: OrganizationKind): Role {
  switch (kind) {
    case 'PUBLIC_BUYER':
      return 'BUYER';
    case 'SUPPLIER':
      return 'SUPPLIER';
    case 'PLATFORM':
      return 'ADMIN';
  }
}
