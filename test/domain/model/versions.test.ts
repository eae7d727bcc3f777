import fc from 'fast-check';
import { DEFAULT_MODEL } from '../../../src/domain/model/model';
import {
  builtInHead,
  builtInModel,
  isHeadInUse,
  markHeadInUse,
  modelProblems,
  planModelSave,
  type ModelHead,
} from '../../../src/domain/model/versions';

const { version: _version, ...edited } = DEFAULT_MODEL;
const head = (overrides: Partial<ModelHead> = {}): ModelHead => ({
  modelId: DEFAULT_MODEL.id,
  version: 1,
  revision: 1,
  versions: [{ version: 1, usedBy: [] }],
  ...overrides,
});

describe('model versions', () => {
  it('knows only the default model before anything is stored', () => {
    expect(builtInHead(DEFAULT_MODEL.id)).toEqual(head({ revision: 0 }));
    expect(builtInHead('other')).toBeUndefined();
    expect(builtInModel(DEFAULT_MODEL.id, 1)).toBe(DEFAULT_MODEL);
    expect(builtInModel(DEFAULT_MODEL.id, 2)).toBeUndefined();
  });

  it('rewrites an unused head version in place', () => {
    const plan = planModelSave(head(), 1, edited);
    expect(plan).toEqual({ kind: 'rewrite', model: { ...edited, version: 1 }, head: head({ revision: 2 }) });
  });

  it('creates version n+1 when the head is frozen into a campaign', () => {
    const used = head({ versions: [{ version: 1, usedBy: ['c1'] }] });
    expect(isHeadInUse(used)).toBe(true);
    expect(planModelSave(used, 1, edited)).toEqual({
      kind: 'new-version',
      model: { ...edited, version: 2 },
      head: {
        modelId: DEFAULT_MODEL.id,
        version: 2,
        revision: 2,
        versions: [
          { version: 1, usedBy: ['c1'] },
          { version: 2, usedBy: [] },
        ],
      },
    });
  });

  it('creates version 1 of a new model from base 0, and calls any other base stale', () => {
    expect(planModelSave(undefined, 0, { ...edited, id: 'new' })).toMatchObject({
      kind: 'new-version',
      model: { version: 1 },
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 }), (base, current) => {
        fc.pre(base !== current);
        expect(planModelSave(head({ version: current }), base, edited)).toEqual({
          kind: 'stale',
          headVersion: current,
        });
      }),
    );
  });

  it('marks the head version used, once per campaign', () => {
    const once = markHeadInUse(head(), 'c1');
    expect(once).toEqual(head({ revision: 2, versions: [{ version: 1, usedBy: ['c1'] }] }));
    expect(markHeadInUse(once, 'c1').versions).toEqual(once.versions);
    expect(markHeadInUse(head({ version: 3, versions: [] }), 'c2').versions).toEqual([
      { version: 3, usedBy: ['c2'] },
    ]);
  });

  it('never changes a used version: whatever the saves and openings, a used version keeps its text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('open' as const), fc.string({ minLength: 1, maxLength: 5 })), {
          maxLength: 30,
        }),
        (steps) => {
          let current = builtInHead(DEFAULT_MODEL.id)!;
          const texts = new Map<number, string>([[1, 'default']]);
          const frozen = new Map<number, string>();
          steps.forEach((step, i) => {
            if (step === 'open') {
              current = markHeadInUse(current, `c${i}`);
              frozen.set(current.version, texts.get(current.version)!);
              return;
            }
            const plan = planModelSave(current, current.version, {
              ...edited,
              name: { 'en-US': step, 'fr-FR': step },
            });
            if (plan.kind === 'stale') throw new Error('unexpected');
            texts.set(plan.model.version, step);
            current = plan.head;
          });
          for (const [version, text] of frozen) expect(texts.get(version)).toBe(text);
        },
      ),
    );
  });

  it('reports duplicate section and criterion ids', () => {
    expect(modelProblems(DEFAULT_MODEL)).toEqual([]);
    const [first, second] = DEFAULT_MODEL.sections;
    expect(
      modelProblems({ sections: [first!, { ...second!, id: first!.id, criteria: [first!.criteria[0]!] }] }),
    ).toEqual([
      { path: 'model.sections.1.id', reason: 'model.sectionIdTaken' },
      { path: 'model.sections.1.criteria.0.id', reason: 'model.criterionIdTaken' },
    ]);
  });
});
