/**
 * Everyone a campaign names must be a user of the site: padding an anonymous department with made-up account ids
 * would fake its size past the minimum group size. Looked up as the admin (see knownUsers).
 */
import type { CampaignDefinition } from '../../domain/campaigns';
import type { Ports } from '../../ports';
import { fail, isFailure, issue, type Failure, type Issue } from '../../shared/result';
import { knownUsers } from '../common';

/** Each account id the definition names, with the field path where it first appears. */
function placesOf(definition: CampaignDefinition): Map<string, string> {
  const places = new Map<string, string>();
  const note = (id: string, path: string) => {
    if (!places.has(id)) places.set(id, path);
  };
  definition.audience.departments.forEach((d, i) => {
    for (const id of d.members) note(id, `campaign.audience.departments.${i}.members`);
  });
  for (const id of definition.audience.people) note(id, 'campaign.audience.people');
  definition.team.forEach((m, i) => {
    note(m.accountId, `campaign.team.${i}.accountId`);
    for (const id of m.portfolio.people) note(id, `campaign.team.${i}.portfolio.people`);
  });
  return places;
}

export async function unknownPeople(
  ports: Pick<Ports, 'confluence'>,
  definition: CampaignDefinition,
): Promise<Failure | undefined> {
  const places = placesOf(definition);
  const known = await knownUsers(ports, [...places.keys()]);
  if (isFailure(known)) return known;
  const issues: Issue[] = [...places]
    .filter(([id]) => !known.has(id))
    .slice(0, 20)
    .map(([id, path]) => issue(path, 'user.unknown', { accountId: id }));
  return issues.length > 0 ? fail('INVALID_PAYLOAD', 'users.unknown', undefined, issues) : undefined;
}
