/**
 * The people of the demo site. Account ids are stable (they key stored answers), shaped like real Atlassian
 * account ids so nothing in the app can tell them apart from production ones.
 */
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

const id = (n: number) => `712020:5a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const PERSONAS: readonly Persona[] = [
  {
    accountId: id(1),
    displayName: 'Alice Martin',
    email: 'alice.martin@example.com',
    department: 'Engineering',
    role: 'customer',
    confluenceAdmin: false,
  },
  {
    accountId: id(2),
    displayName: 'Bruno Lefèvre',
    email: 'bruno.lefevre@example.com',
    department: 'Production',
    role: 'customer',
    confluenceAdmin: false,
  },
  {
    accountId: id(3),
    displayName: 'Chloé Dubois',
    email: 'chloe.dubois@example.com',
    department: 'Finance',
    role: 'customer',
    confluenceAdmin: false,
  },
  {
    accountId: id(4),
    displayName: 'David Chen',
    email: 'david.chen@example.com',
    department: 'HR',
    role: 'customer',
    confluenceAdmin: false,
  },
  {
    accountId: id(5),
    displayName: 'Emma Schmidt',
    email: 'emma.schmidt@example.com',
    department: 'Logistics',
    role: 'customer',
    confluenceAdmin: false,
  },
  {
    accountId: id(6),
    displayName: 'Farid Benali',
    email: 'farid.benali@example.com',
    department: 'Engineering',
    role: 'customer',
    confluenceAdmin: false,
  },
  {
    accountId: id(11),
    displayName: 'Grace Okafor',
    email: 'grace.okafor@example.com',
    department: 'Procurement',
    role: 'buyer',
    confluenceAdmin: false,
  },
  {
    accountId: id(12),
    displayName: 'Hugo Moreau',
    email: 'hugo.moreau@example.com',
    department: 'Procurement',
    role: 'buyer',
    confluenceAdmin: false,
  },
  {
    accountId: id(21),
    displayName: 'Inès Garcia',
    email: 'ines.garcia@example.com',
    department: 'Quality',
    role: 'quality-manager',
    confluenceAdmin: false,
  },
  {
    accountId: id(31),
    displayName: 'Jean Rousseau',
    email: 'jean.rousseau@example.com',
    department: 'Procurement',
    role: 'admin',
    confluenceAdmin: true,
  },
];

export const DEFAULT_PERSONA: Persona = PERSONAS[0]!;
export const ADMIN_PERSONA: Persona = PERSONAS.find((p) => p.role === 'admin')!;

export function personaById(accountId: string | undefined): Persona | undefined {
  return PERSONAS.find((p) => p.accountId === accountId);
}
