/** What the demo site knows of a person, and the shape of its account ids (personas and generated people alike). */
export type PersonaRole = 'customer' | 'buyer' | 'quality-manager' | 'admin';

export interface Persona {
  accountId: string;
  displayName: string;
  email: string;
  department: string;
  role: PersonaRole;
  /** Confluence site administrator: what the admin page's access check asks the product about. */
  confluenceAdmin: boolean;
}

/** A demo account id: `712020:5a1e0000-0000-4000-8000-` and the number on 12 digits. */
export const demoAccountId = (n: number): string =>
  `712020:5a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
