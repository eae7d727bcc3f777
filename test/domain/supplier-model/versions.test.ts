/** The supplier model is saved by the evaluation model's version rule: in place while unused, a new version once used. */
import { markHeadInUse } from '../../../src/domain/model';
import {
  builtInSupplierHead,
  builtInSupplierModel,
  DEFAULT_SUPPLIER_MODEL,
  planSupplierModelSave,
} from '../../../src/domain/supplier-model';

const { version: _version, ...edited } = { ...DEFAULT_SUPPLIER_MODEL, commentRequiredAtOrBelow: 1 as const };

describe('the supplier model versions', () => {
  it('starts from the built-in default, version 1, unused; nothing for another id or version', () => {
    expect(builtInSupplierHead(DEFAULT_SUPPLIER_MODEL.id)).toEqual({
      modelId: 'supplier-default',
      version: 1,
      revision: 0,
      versions: [{ version: 1, usedBy: [] }],
    });
    expect(builtInSupplierHead('procurement-default')).toBeUndefined();
    expect(builtInSupplierModel('supplier-default', 1)).toBe(DEFAULT_SUPPLIER_MODEL);
    expect(builtInSupplierModel('supplier-default', 2)).toBeUndefined();
    expect(builtInSupplierModel('other', 1)).toBeUndefined();
  });

  it('rewrites an unused version in place', () => {
    const plan = planSupplierModelSave(builtInSupplierHead('supplier-default'), 1, edited);
    expect(plan).toEqual({
      kind: 'rewrite',
      model: { ...edited, version: 1 },
      head: { modelId: 'supplier-default', version: 1, revision: 1, versions: [{ version: 1, usedBy: [] }] },
    });
  });

  it('makes version 2 once a campaign opened with version 1, which stays as it was', () => {
    const used = markHeadInUse(builtInSupplierHead('supplier-default')!, 'cmp-2026');
    const plan = planSupplierModelSave(used, 1, edited);
    expect(plan).toEqual({
      kind: 'new-version',
      model: { ...edited, version: 2 },
      head: {
        modelId: 'supplier-default',
        version: 2,
        revision: 2,
        versions: [
          { version: 1, usedBy: ['cmp-2026'] },
          { version: 2, usedBy: [] },
        ],
      },
    });
  });

  it('refuses an edit started from an older version as stale', () => {
    const used = markHeadInUse(builtInSupplierHead('supplier-default')!, 'cmp-2026');
    const head = (planSupplierModelSave(used, 1, edited) as { head: typeof used }).head;
    expect(planSupplierModelSave(head, 1, edited)).toEqual({ kind: 'stale', headVersion: 2 });
  });
});
