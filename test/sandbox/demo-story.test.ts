/**
 * The demo data tells a story (issue 8, item 9): `npm start`'s seed, read back through results/get as the personas
 * would, shows a falling criterion, a blind spot, a suppressed cell and a reworded criterion without a trend.
 */
import { criteriaOf } from '../../src/domain/model/model';
import { submitProblems } from '../../src/domain/survey/response';
import type { CriterionGap, CriterionTrend, DepartmentRow } from '../../src/domain/results';
import { BLIND_SPOT_CRITERION_ID, FALLING_CRITERION_ID } from '../../sandbox/demo/answers';
import { CHANGED_CRITERION_ID, DEMO_MODEL_V1, DEMO_MODEL_V2 } from '../../sandbox/demo/model';
import { DEMO_PEOPLE } from '../../sandbox/demo/people';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { SEED_CAMPAIGNS, seedResponses } from '../../sandbox/seed';
import { hostFetch, invokeAs, startTestHost, type Host } from '../helpers/host';

const ADMIN_FRAME = 'page-admin-page';

interface FullResults {
  overall: { hidden: false; respondents: number; criteria: { criterionId: string; mean: number | null }[] };
  gaps: { hidden: false; criteria: CriterionGap[] };
  trends: { hidden: false; criteria: CriterionTrend[] };
  departments: DepartmentRow[];
}

describe('the demo data', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const resultsOf = async (campaignId: string, persona = ADMIN_PERSONA.accountId) => {
    const answer = await invokeAs(host, persona, 'results/get', { campaignId }, ADMIN_FRAME);
    expect(answer.body).toMatchObject({ ok: true });
    return (answer.body as { data: { scope: string; invited: number; results: FullResults } }).data;
  };

  it('invites about 60 customers in 6 departments, and 80–90 % of them answered each closed campaign', async () => {
    for (const campaignId of ['campaign-2024', 'campaign-2025']) {
      const answer = await invokeAs(
        host,
        ADMIN_PERSONA.accountId,
        'participation/get',
        { campaignId },
        ADMIN_FRAME,
      );
      const data = (
        answer.body as {
          data: {
            overall: { invited: number; responded: number };
            departments: { id: string; invited: number }[];
          };
        }
      ).data;
      expect(data.overall.invited).toBeGreaterThanOrEqual(55);
      expect(data.overall.invited).toBeLessThanOrEqual(65);
      expect(data.overall.responded / data.overall.invited).toBeGreaterThanOrEqual(0.8);
      expect(data.overall.responded / data.overall.invited).toBeLessThanOrEqual(0.9);
      expect(data.departments.map((d) => d.id)).toEqual([
        'engineering',
        'production',
        'finance',
        'hr',
        'logistics',
        'legal',
      ]);
      expect(data.departments.find((d) => d.id === 'legal')?.invited).toBe(3);
    }
  });

  it('knows the other customers in the Confluence directory; the switcher lists only a couple of them', async () => {
    const others = DEMO_PEOPLE.slice(0, 3);
    const found = await invokeAs(
      host,
      ADMIN_PERSONA.accountId,
      'directory/users',
      { accountIds: others.map((p) => p.accountId) },
      ADMIN_FRAME,
    );
    expect(found.body).toEqual({
      ok: true,
      data: others.map(({ accountId, displayName }) => ({ accountId, displayName })),
    });
    const html = String((await hostFetch(host, '/')).body);
    for (const persona of PERSONAS) expect(html).toContain(`value="${persona.accountId}"`);
    const listed = DEMO_PEOPLE.filter((p) => html.includes(`value="${p.accountId}"`));
    expect(listed.map((p) => p.displayName)).toEqual(
      DEMO_PEOPLE.filter((p) => p.inSwitcher).map((p) => p.displayName),
    );
    expect(listed.length).toBeLessThanOrEqual(2);
    // Anybody else may still be chosen by account id, and is then shown as chosen.
    const other = DEMO_PEOPLE.find((p) => !p.inSwitcher)!;
    const page = await hostFetch(host, `/?persona=${encodeURIComponent(other.accountId)}`);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain(`value="${other.accountId}" selected`);
  });

  it('2025: lead times fall, the team does not see how little it informs, Legal and one more row are hidden', async () => {
    const view = await resultsOf('campaign-2025');
    expect(view.scope).toBe('full');
    expect(view.invited).toBeGreaterThanOrEqual(55);
    expect(view.invited).toBeLessThanOrEqual(65);
    const { results } = view;
    expect(results.overall.hidden).toBe(false);
    expect(results.overall.respondents).toBeGreaterThanOrEqual(48);

    const trend = (id: string) => results.trends.criteria.find((c) => c.criterionId === id)!.trend;
    const falling = trend(FALLING_CRITERION_ID);
    if (!('delta' in falling)) throw new Error(`no trend for ${FALLING_CRITERION_ID}: ${falling.reason}`);
    expect(falling.delta).toBeLessThanOrEqual(-0.7);
    const means = falling.series.map((point) => (point.hidden ? null : point.mean));
    expect(falling.series.map((point) => point.campaignId)).toEqual(['campaign-2024', 'campaign-2025']);
    expect(means[0]).toBeGreaterThanOrEqual(3);
    expect(means[1]).toBeLessThanOrEqual(2.5);

    // The reworded criterion answers another question: no trend.
    expect(trend(CHANGED_CRITERION_ID)).toEqual({ reason: 'changed' });
    // Everything else is stable or slightly up: the falling criterion is the one that stands out.
    for (const { criterionId, trend: other } of results.trends.criteria) {
      if (criterionId === FALLING_CRITERION_ID || criterionId === CHANGED_CRITERION_ID) continue;
      expect({ criterionId, delta: 'delta' in other ? other.delta > -0.3 : other }).toEqual({
        criterionId,
        delta: true,
      });
    }

    const flagged = results.gaps.criteria.filter((c) => c.flag !== null);
    expect(flagged).toEqual([
      expect.objectContaining({ criterionId: BLIND_SPOT_CRITERION_ID, flag: 'blind-spot' }),
    ]);
    const [blindSpot] = flagged;
    expect(blindSpot!.self).toBe(4);
    expect(blindSpot!.customers).toBeLessThanOrEqual(2.7);
    expect(blindSpot!.gap).toBeGreaterThanOrEqual(1);

    const hidden = results.departments.filter((row) => row.hidden);
    expect(hidden.map((row) => [row.id, row.hidden && row.reason])).toEqual([
      ['hr', 'complementary'],
      ['legal', 'below-threshold'],
    ]);
    expect(results.departments.filter((row) => !row.hidden).map((row) => row.id)).toEqual([
      'engineering',
      'production',
      'finance',
      'logistics',
    ]);
  });

  it('2024 was asked on model version 1, 2025 on version 2: they differ by one criterion’s wording', async () => {
    const [v1, v2] = [criteriaOf(DEMO_MODEL_V1), criteriaOf(DEMO_MODEL_V2)];
    expect(v2.map((c) => c.criterion.id)).toEqual(v1.map((c) => c.criterion.id));
    const changed = v2.filter(
      ({ criterion }, i) => criterion.text['en-US'] !== v1[i]!.criterion.text['en-US'],
    );
    expect(changed.map((c) => c.criterion.id)).toEqual([CHANGED_CRITERION_ID]);
    expect(v2.find((c) => c.criterion.id === CHANGED_CRITERION_ID)!.criterion.text['fr-FR']).not.toBe(
      v1.find((c) => c.criterion.id === CHANGED_CRITERION_ID)!.criterion.text['fr-FR'],
    );
    const versionOf = (id: string) => SEED_CAMPAIGNS.find((c) => c.id === id)!.modelVersion;
    expect([versionOf('campaign-2024'), versionOf('campaign-2025'), versionOf('campaign-2026')]).toEqual([
      1, 2, 2,
    ]);
    expect((await resultsOf('campaign-2024')).results.overall.hidden).toBe(false);
  });

  it('a Legal customer sees the overall, and their own department as below the threshold', async () => {
    const legal = DEMO_PEOPLE.find((p) => p.department === 'Legal')!;
    const view = await resultsOf('campaign-2025', legal.accountId);
    expect(view.scope).toBe('customer');
    expect(view.results.overall.hidden).toBe(false);
    expect(view.results.departments).toEqual([
      expect.objectContaining({ id: 'legal', hidden: true, reason: 'below-threshold' }),
    ]);
  });

  it('every submitted answer is complete, with a fact behind each rating of 2 or less, in English or French', () => {
    for (const [campaignId, model] of [
      ['campaign-2024', DEMO_MODEL_V1],
      ['campaign-2025', DEMO_MODEL_V2],
    ] as const) {
      const responses = seedResponses(campaignId);
      const campaign = SEED_CAMPAIGNS.find((c) => c.id === campaignId)!;
      const submitted = responses.filter((r) => r.status === 'submitted');
      for (const response of submitted)
        expect({
          who: response.respondentKey,
          problems: submitProblems(model, campaign, response.answers),
        }).toEqual({
          who: response.respondentKey,
          problems: [],
        });
      expect(submitted.filter((r) => r.kind === 'self')).toHaveLength(2);
      const comments = submitted.flatMap((r) =>
        Object.values(r.answers).filter((a) => a.comment !== undefined),
      );
      // Some comments on good ratings too, not only the required ones.
      expect(comments.some((a) => a.value === 3 || a.value === 4)).toBe(true);
      expect(comments.some((a) => /\b(the|was|our)\b/i.test(a.comment!))).toBe(true);
      expect(comments.some((a) => /\b(les|est|nous)\b/i.test(a.comment!))).toBe(true);
      // The same data on every start.
      expect(seedResponses(campaignId)).toEqual(responses);
    }
  });
});
