/**
 * User actions through the local host's `/__host/invoke`, as the Custom UI calls them: the host counts the
 * storage round trips and product requests of each invocation and answers them in `x-forge-call-counts`.
 */
import type { Host } from '../../sandbox/server';
import { ADMIN_PERSONA, DEFAULT_PERSONA, PERSONAS } from '../../sandbox/personas';
import { DEMO_CAMPAIGN_ID } from '../../sandbox/server/state';
import { criteriaOf, DEFAULT_MODEL } from '../../src/domain/model';
import type { ActionCounts, Report } from './report';

/** The demo page's survey macro frame (sandbox seed): resolvers read their module and context from it. */
const MACRO_FRAME = 'macro-0d5a6c1e-4f7b-4e8a-9c3d-2b1f00002026';

/** The page banner's frame on the survey page: it renders on every page view (issue 18). */
const BANNER_FRAME = 'banner-65601';

/** The supplier register's frame (`confluence:globalPage`): the host hands it out when its page is rendered. */
const SUPPLIERS_FRAME = 'page-suppliers-page';

async function invokeCounts(
  host: Host,
  persona: string,
  functionKey: string,
  payload: unknown,
  frame: string = MACRO_FRAME,
) {
  const response = await fetch(`${host.url}/__host/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forge-host-persona': persona,
      'x-forge-host-token': host.token,
    },
    body: JSON.stringify({ frame, functionKey, payload }),
  });
  const header = response.headers.get('x-forge-call-counts');
  // Without the header there is nothing exact to report: fail rather than print a guess.
  if (!header) throw new Error(`${functionKey}: the host answered ${response.status} without call counts`);
  const counts = JSON.parse(header) as Partial<ActionCounts>;
  const body = (await response.json()) as { ok?: boolean };
  return {
    counts: { storage: counts.storage ?? 0, confluence: counts.confluence ?? 0, jira: counts.jira ?? 0 },
    ok: body.ok === true,
  };
}

/** In order: the draft's baseRevision 0 and the submit's 1 follow from the one before. */
export async function measureHostActions(host: Host, report: Report): Promise<void> {
  const campaignId = DEMO_CAMPAIGN_ID;
  const answers = Object.fromEntries(
    criteriaOf(DEFAULT_MODEL).map(({ criterion }) => [criterion.id, { value: 3 as const }]),
  );
  const buyer = PERSONAS.find((persona) => persona.role === 'buyer')!;
  const bruno = PERSONAS.find((persona) => persona.displayName === 'Bruno Lefèvre')!;
  const actions: {
    label: string;
    key: string;
    persona: string;
    fn: string;
    payload: unknown;
    frame?: string;
  }[] = [
    {
      label: 'page banner, nothing pending (reminders/banner)',
      key: 'banner.nothingPending',
      persona: buyer.accountId,
      fn: 'reminders/banner',
      payload: {},
      frame: BANNER_FRAME,
    },
    {
      label: 'page banner, an unanswered survey (reminders/banner)',
      key: 'banner.surveyPending',
      persona: bruno.accountId,
      fn: 'reminders/banner',
      payload: {},
      frame: BANNER_FRAME,
    },
    {
      label: 'open the survey (survey/getState)',
      key: 'survey.open',
      persona: DEFAULT_PERSONA.accountId,
      fn: 'survey/getState',
      payload: { campaignId },
    },
    {
      label: 'autosave a draft (survey/saveDraft)',
      key: 'survey.saveDraft',
      persona: DEFAULT_PERSONA.accountId,
      fn: 'survey/saveDraft',
      payload: {
        campaignId,
        kind: 'customer',
        answers: { [Object.keys(answers)[0]!]: { value: 3 } },
        baseRevision: 0,
      },
    },
    {
      label: 'submit an answer (survey/submit)',
      key: 'submit',
      persona: DEFAULT_PERSONA.accountId,
      fn: 'survey/submit',
      payload: { campaignId, kind: 'customer', answers, baseRevision: 1 },
    },
    {
      label: 'participation, demo campaign (participation/get)',
      key: 'participation.get',
      persona: buyer.accountId,
      fn: 'participation/get',
      payload: { campaignId },
    },
    {
      label: 'supplier register, first page (suppliers/list)',
      key: 'suppliers.list',
      persona: buyer.accountId,
      fn: 'suppliers/list',
      payload: { query: '' },
      frame: SUPPLIERS_FRAME,
    },
    {
      label: 'admin campaign list (campaigns/list)',
      key: 'campaign.list',
      persona: ADMIN_PERSONA.accountId,
      fn: 'campaigns/list',
      payload: {},
    },
  ];
  // The register's frame exists once its page has been served, as a browser would have it.
  await fetch(`${host.url}/?view=suppliers&persona=${encodeURIComponent(buyer.accountId)}`);
  for (const action of actions) {
    const { counts, ok } = await invokeCounts(host, action.persona, action.fn, action.payload, action.frame);
    report.action(
      action.label,
      counts,
      { storage: `${action.key}.storageRoundTrips`, products: `${action.key}.productRequests` },
      ok,
    );
  }
}
