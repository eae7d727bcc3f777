import { kvs } from '@forge/kvs';
import type { ResponseKind } from '../domain/survey';
import type { SurveyEntry, SurveyEntryReader } from '../ports/survey';
import { parse as parseCampaign } from './campaigns-store';
import { ENTITIES, KEYS } from './keys';
import { readRecord } from './records/record';
import { fromRolesRecord, ROLES_RECORD } from './records/roles';
import { parse as parseResponse } from './survey-store';

const KINDS: readonly ResponseKind[] = ['customer', 'self'];

/** Opening a survey: the campaign entity, the roles key and the caller's named responses, one batch read. */
export class KvsSurveyEntry implements SurveyEntryReader {
  async read(campaignId: string, accountId: string): Promise<SurveyEntry> {
    const responseKeys = KINDS.map((kind) => KEYS.response({ campaignId, kind, respondentKey: accountId }));
    const { successfulKeys } = await kvs.batchGet<unknown>([
      { key: campaignId, entityName: ENTITIES.campaign },
      { key: KEYS.roles },
      ...responseKeys.map((key) => ({ key, entityName: ENTITIES.response })),
    ]);
    const valueOf = (key: string, entityName?: string) =>
      successfulKeys.find((item) => item.key === key && (item.entityName ?? undefined) === entityName)?.value;
    const rolesRecord = readRecord(ROLES_RECORD, KEYS.roles, valueOf(KEYS.roles));
    const named: SurveyEntry['named'] = {};
    for (const [i, kind] of KINDS.entries()) {
      const response = parseResponse(responseKeys[i]!, valueOf(responseKeys[i]!, ENTITIES.response));
      if (response) named[kind] = response;
    }
    const campaign = parseCampaign(campaignId, valueOf(campaignId, ENTITIES.campaign));
    return {
      ...(campaign ? { campaign } : {}),
      ...(rolesRecord ? { roles: fromRolesRecord(rolesRecord) } : {}),
      named,
    };
  }
}
