/**
 * The people of the tests: the demo site's personas (sandbox/personas.ts), so that the Confluence sandbox, the host
 * page and the Jira sandbox know their names. One place for their account ids, by first name.
 */
import { PERSONAS, type Persona } from '../../sandbox/personas';

/** The persona whose display name is `name` ("Alice Martin"); throws for anybody else. */
export function personaNamed(name: string): Persona {
  const persona = PERSONAS.find((p) => p.displayName === name);
  if (!persona) throw new Error(`no persona named ${name}`);
  return persona;
}

const accountOf = (name: string): string => personaNamed(name).accountId;

export const PEOPLE = {
  alice: accountOf('Alice Martin'), // customer, Engineering
  bruno: accountOf('Bruno Lefèvre'), // customer, Production
  chloe: accountOf('Chloé Dubois'), // customer, Finance
  david: accountOf('David Chen'), // customer not listed in a department: chooses one
  emma: accountOf('Emma Schmidt'), // customer, not in the audience
  farid: accountOf('Farid Benali'), // customer, Engineering
  grace: accountOf('Grace Okafor'), // buyer: Engineering + David
  hugo: accountOf('Hugo Moreau'), // buyer: Production + Finance
  ines: accountOf('Inès Garcia'), // quality manager
  jean: accountOf('Jean Rousseau'), // admin, Confluence site administrator
} as const;
