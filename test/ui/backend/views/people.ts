/**
 * The people of the UI tests: the test people of test/helpers/people.ts (the demo site's personas), as the views
 * name them. The directory the fake backend searches is these five.
 */
import type { UserRef } from '../../../../src/shared/contract/common';
import { PEOPLE, personaNamed } from '../../../helpers/people';

const userNamed = (name: string): UserRef => {
  const { accountId, displayName } = personaNamed(name);
  return { accountId, displayName };
};

/** The signed-in user of the admin page (Jean Rousseau, the admin). */
export const ME = PEOPLE.jean;

/** The signed-in user in the view context the fake host gives (Alice Martin). */
export const TEST_ACCOUNT_ID = PEOPLE.alice;

export const USERS: UserRef[] = [
  'Jean Rousseau',
  'Alice Martin',
  'Bruno Lefèvre',
  'Grace Okafor',
  'Inès Garcia',
].map(userNamed);

export const idOf = (name: string) => USERS.find((u) => u.displayName.startsWith(name))!.accountId;

export const GRACE = USERS.find((u) => u.displayName === 'Grace Okafor')!;
export const ALICE = USERS.find((u) => u.displayName === 'Alice Martin')!;

/** A name the directory gives an account id (the id itself for somebody it does not know). */
export const nameOf = (id: string): UserRef =>
  USERS.find((u) => u.accountId === id) ?? { accountId: id, displayName: id };
