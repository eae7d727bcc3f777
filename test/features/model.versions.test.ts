/**
 * The evaluation model through the real routing: the default model, versions (an unused one rewritten, a used one
 * versioned, a campaign keeping the version it opened with), refused saves and a save racing an opening.
 */
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  code,
  createCampaign,
  frozenModelOf,
  openCampaign,
  setUpRoles,
  onAdminPage,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const dump = () => b.kvs.dump();

describe('evaluation model versions', () => {
  beforeEach(() => setUpRoles(call));

  const edited = (label: string) => {
    const { version: _version, ...model } = DEFAULT_MODEL;
    return {
      ...model,
      sections: [
        { ...model.sections[0]!, title: { 'en-US': label, 'fr-FR': label } },
        ...model.sections.slice(1),
      ],
    };
  };

  it('answers the default model on a new installation, to every role but customers', async () => {
    for (const who of [PEOPLE.jean, PEOPLE.grace, PEOPLE.ines]) {
      expect((await call(who, 'model/get', {})).result).toEqual({
        ok: true,
        data: { model: DEFAULT_MODEL, inUse: false, versions: [{ version: 1, usedBy: [] }] },
      });
    }
    expect(code((await call(PEOPLE.alice, 'model/get', {})).result)).toBe('FORBIDDEN');
    expect(code((await call(PEOPLE.jean, 'model/get', { modelId: 'no-such-model' })).result)).toBe(
      'NOT_FOUND',
    );
  });

  it('rewrites an unused version, versions a used one, and a campaign keeps the version it opened with', async () => {
    const first = await call(PEOPLE.jean, 'model/save', { model: edited('Safety first'), baseVersion: 1 });
    expect(first.result).toMatchObject({ ok: true, data: { model: { version: 1 }, inUse: false } });
    expect(first.counts.storage).toBe(3); // roles, head, one transaction
    const again = await call(PEOPLE.jean, 'model/save', { model: edited('Safety, first'), baseVersion: 1 });
    expect(again.result).toMatchObject({ ok: true, data: { model: { version: 1 } } });

    const draft = await createCampaign(call);
    const opened = await openCampaign(call, draft.id, draft.revision);
    expect(opened.modelVersion).toBe(1);
    expect((await call(PEOPLE.jean, 'model/get', {})).result.data).toMatchObject({
      inUse: true,
      versions: [{ version: 1, usedBy: [draft.id] }],
    });

    const before = dump();
    // The editor's base is stale (the head is 1, not 0 or 2).
    for (const baseVersion of [0, 2])
      expect(code((await call(PEOPLE.jean, 'model/save', { model: edited('x'), baseVersion })).result)).toBe(
        'CONFLICT',
      );
    expect(
      code((await call(PEOPLE.grace, 'model/save', { model: edited('x'), baseVersion: 1 })).result),
    ).toBe('FORBIDDEN');
    expect(dump()).toEqual(before);

    const second = await call(PEOPLE.jean, 'model/save', {
      model: edited('Health and safety 2'),
      baseVersion: 1,
    });
    expect(second.result).toMatchObject({
      ok: true,
      data: { model: { version: 2 }, inUse: false, versions: [{ version: 1 }, { version: 2, usedBy: [] }] },
    });
    // The opened campaign still answers version 1, with the text it opened with.
    const survey = await frozenModelOf(b, call, draft.id);
    expect(survey).toMatchObject({ version: 1 });
    expect(survey.sections[0]!.title['en-US']).toBe('Safety, first');
    expect((await call(PEOPLE.ines, 'model/get', {})).result.data.model.sections[0].title['en-US']).toBe(
      'Health and safety 2',
    );
    // A stale editor still on version 1 is refused.
    expect(
      code((await call(PEOPLE.jean, 'model/save', { model: edited('late'), baseVersion: 1 })).result),
    ).toBe('CONFLICT');
  });

  it('refuses duplicate criterion ids and oversized texts without writing', async () => {
    const model = edited('x');
    const duplicate = {
      ...model,
      sections: [model.sections[0]!, { ...model.sections[1]!, criteria: model.sections[0]!.criteria }],
    };
    const before = dump();
    expect(code((await call(PEOPLE.jean, 'model/save', { model: duplicate, baseVersion: 1 })).result)).toBe(
      'INVALID_PAYLOAD',
    );
    const huge = edited('y'.repeat(501));
    expect(code((await call(PEOPLE.jean, 'model/save', { model: huge, baseVersion: 1 })).result)).toBe(
      'INVALID_PAYLOAD',
    );
    expect(dump()).toEqual(before);
  });

  it('refuses a save racing with a campaign opening on the same head', async () => {
    const draft = await createCampaign(call);
    const [saved, opened] = await Promise.all([
      call(PEOPLE.jean, 'model/save', { model: edited('race'), baseVersion: 1 }),
      call(PEOPLE.jean, 'campaigns/open', { campaignId: draft.id, baseRevision: draft.revision }),
    ]);
    // Either the save lost (CONFLICT) or it rewrote version 1 before the opening froze it: never a change of
    // the frozen version after the opening.
    expect(opened.result.ok || saved.result.ok).toBe(true);
    const head = (await call(PEOPLE.jean, 'model/get', {})).result.data;
    const frozen = await frozenModelOf(b, call, draft.id);
    if (opened.result.ok) {
      expect(head.versions[0].usedBy).toEqual([draft.id]);
      expect(frozen.version).toBe(opened.result.data.modelVersion);
    }
  });
});
