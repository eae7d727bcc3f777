import { DEMO_PEOPLE } from './demo/people';
import { demoAccountId, type Persona } from './person';

/**
 * The people of the demo site. Account ids are stable (they key stored answers), shaped like real Atlassian
 * account ids so nothing in the app can tell them apart from production ones.
 */
export type { Persona, PersonaRole } from './person';

const id = demoAccountId;

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

/**
 * Everybody the demo site knows: the personas above, then the other internal customers of sandbox/demo/people.ts
 * (about 55, so that results have groups worth reading). The Confluence sandbox's user look-ups and page checks use
 * this directory; `PERSONAS` stays the short list the tests and the switcher rely on.
 */
export const DIRECTORY: readonly Persona[] = [...PERSONAS, ...DEMO_PEOPLE];

/** Who the host page's "Viewing as" lists: the personas, and a couple of the other customers. */
export const SWITCHER_PERSONAS: readonly Persona[] = [
  ...PERSONAS,
  ...DEMO_PEOPLE.filter((p) => p.inSwitcher),
];

const byId = new Map(DIRECTORY.map((p) => [p.accountId, p]));

/** Anybody of the directory (a persona or another customer of the demo site). */
export function personaById(accountId: string | undefined): Persona | undefined {
  return accountId === undefined ? undefined : byId.get(accountId);
}
