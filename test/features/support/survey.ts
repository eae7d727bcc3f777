/**
 * What the tests of the answering slices (survey, proxy, participation, and the binding as the survey checks it)
 * start from, on the backend harness: the small model (aModel()), answers to all of it, the campaign cmp-2026
 * (aCampaign(), bound to the survey page's macro) seeded as the admin would have left it, and the calls a
 * customer's survey macro makes.
 */
import { KvsPseudonymKeys } from '../../../src/adapters/pseudonym';
import type { EvaluationModel } from '../../../src/domain/model/model';
import type { Backend, Roles } from '../../helpers/backend';
import { aCampaign, aModel, answersFor } from '../../helpers/builders';

const model = aModel();

/** The model the campaign answers with, every criterion of it answered 3 (with a comment), the campaign's id. */
export const SURVEY = { model, full: answersFor(model, 3), campaignId: 'cmp-2026' } as const;

type CampaignOverrides = Parameters<typeof aCampaign>[0];
type Payload = Record<string, unknown>;
type Context = Record<string, unknown>;

/** The calls of these tests on the backend `backend()` returns (the one the test file started). */
export function surveyCalls(backend: () => Backend) {
  const { full, campaignId } = SURVEY;
  const keys = () => new KvsPseudonymKeys();
  return {
    /** The campaign (aCampaign with `overrides`), its models, and the roles record (the personas' unless given). */
    seed: (
      overrides: CampaignOverrides = {},
      roles: Partial<Roles> = {},
      models: EvaluationModel[] = [model],
    ) => backend().seed({ campaigns: [aCampaign(overrides)], models, roles }),
    /** survey/submit as a customer: every criterion answered, from revision 0, unless the payload says so. */
    submit: (who: string, payload: Payload = {}, context?: Context) =>
      backend().call(
        who,
        'survey/submit',
        { campaignId, kind: 'customer', answers: full, baseRevision: 0, ...payload },
        context,
      ),
    /** survey/saveDraft as a customer: nothing answered, from revision 0, unless the payload says so. */
    draft: (who: string, payload: Payload = {}, context?: Context) =>
      backend().call(
        who,
        'survey/saveDraft',
        { campaignId, kind: 'customer', answers: {}, baseRevision: 0, ...payload },
        context,
      ),
    state: (who: string, context?: Context) =>
      backend().call(who, 'survey/getState', { campaignId }, context),
    /** A draft or a submit as a customer, every criterion answered unless the payload says otherwise. */
    save: (who: string, key: 'survey/saveDraft' | 'survey/submit', payload: Payload) =>
      backend().call(who, key, {
        campaignId,
        kind: 'customer',
        answers: answersFor(model, 3),
        baseRevision: 0,
        ...payload,
      }),
    /** The store of the campaigns' pseudonym keys (to run inside `asApp`). */
    keys,
    /** The campaign seeded anonymous, with its pseudonym key created as its opening does. */
    async openAnonymous() {
      await backend().seed({ campaigns: [aCampaign({ anonymous: true })], models: [model], roles: {} });
      await backend().asApp(() => keys().create(campaignId));
    },
  };
}
