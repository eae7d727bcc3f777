/**
 * The supplier register (issue 17, item 1): search (on the server, by name prefix, as typing pauses), filters,
 * a page of 50 at a time with "Show more", and for admins and buyers: add, edit, archive and import from CSV.
 * Quality managers read it; anyone else reads the server's refusal.
 */
import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { SupplierListView, SupplierView } from '@shared/contract/suppliers';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { RegisterFilters, type FilterValues } from './RegisterFilters';
import { SupplierTable } from './SupplierTable';
import { useDebounced, useRegister, type RegisterQuery } from './use-register';

// The dialogs (Atlaskit's modal, form fields, the import's table) load when first opened: most visits only read.
const SupplierDialog = lazy(() => import('./SupplierDialog').then((m) => ({ default: m.SupplierDialog })));
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

const ROOM = { none: undefined, edit: '44rem', import: '52rem' } as const;

type Dialog = { kind: 'none' } | { kind: 'edit'; supplier: SupplierView | undefined } | { kind: 'import' };

/** Nothing asked for: an empty list then means an empty register, not "no match". */
const unfiltered = (f: FilterValues) =>
  f.query.trim() === '' && f.status === '' && f.category.trim() === '' && f.ownerAccountId === '';

const queryOf = (f: FilterValues): RegisterQuery => ({
  query: f.query,
  ...(f.status ? { status: f.status } : {}),
  ...(f.category.trim() ? { category: f.category } : {}),
  ...(f.ownerAccountId ? { ownerAccountId: f.ownerAccountId } : {}),
});

export default function SuppliersRegister() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<FilterValues>({
    query: '',
    status: '',
    category: '',
    ownerAccountId: '',
  });
  const settled = useDebounced(filters);
  const { state, reload, more } = useRegister(queryOf(settled));
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<{ kind: 'error' | 'done'; text: string } | undefined>();
  const [busyId, setBusyId] = useState<string | undefined>();

  if (state.status === 'loading') return <Loading label={t('ui.suppliers.loading')} />;
  if (state.status === 'error') {
    if (state.error.code === 'FORBIDDEN') {
      return (
        <SectionMessage appearance="information" title={t('ui.suppliers.title')}>
          <p>{describeError(state.error, t)}</p>
        </SectionMessage>
      );
    }
    return <ErrorState error={state.error} message={describeError(state.error, t)} onRetry={reload} />;
  }
  const view: SupplierListView = state.view;

  const archive = async (supplier: SupplierView, archived: boolean) => {
    setBusyId(supplier.id);
    const { id, name, category, ownerAccountId, nextEvaluationOn, departments, revision } = supplier;
    const result = await call('suppliers/save', {
      supplier: {
        id,
        name,
        category,
        ownerAccountId,
        nextEvaluationOn,
        departments,
        status: archived ? 'archived' : 'active',
      },
      baseRevision: revision,
    });
    setBusyId(undefined);
    setNotice(
      result.ok
        ? { kind: 'done', text: t(archived ? 'ui.suppliers.archived' : 'ui.suppliers.unarchived', { name }) }
        : { kind: 'error', text: describeError(result.error, t) },
    );
    reload();
  };
  const saved = (text: string) => {
    setDialog({ kind: 'none' });
    setNotice({ kind: 'done', text });
    reload();
  };

  return (
    // The frame grows to its content and a modal adds none: while one is open the page keeps room for it.
    <div style={{ minHeight: ROOM[dialog.kind] }}>
      <Stack space="space.200">
        <Inline spread="space-between" alignBlock="center" shouldWrap>
          <Heading as="h2" size="medium">
            {t('ui.suppliers.title')}
          </Heading>
          {view.canCreate ? (
            <Inline space="space.100">
              <Button onClick={() => setDialog({ kind: 'import' })}>{t('ui.suppliers.importCsv')}</Button>
              <Button appearance="primary" onClick={() => setDialog({ kind: 'edit', supplier: undefined })}>
                {t('ui.suppliers.add')}
              </Button>
            </Inline>
          ) : null}
        </Inline>
        {view.canCreate ? null : <Text>{t('ui.suppliers.readOnly')}</Text>}
        <RegisterFilters values={filters} team={view.team} onChange={setFilters} />
        <div role="status" aria-live="polite">
          {notice ? (
            <SectionMessage appearance={notice.kind === 'error' ? 'error' : 'success'}>
              <p>{notice.text}</p>
            </SectionMessage>
          ) : null}
        </div>
        {view.items.length === 0 && !view.nextCursor ? (
          <Text>{t(unfiltered(settled) ? 'ui.suppliers.none' : 'ui.suppliers.empty')}</Text>
        ) : (
          <SupplierTable
            items={view.items}
            busyId={busyId}
            onEdit={(supplier) => setDialog({ kind: 'edit', supplier })}
            onArchive={(supplier, archived) => void archive(supplier, archived)}
          />
        )}
        {state.moreError ? <p role="alert">{describeError(state.moreError, t)}</p> : null}
        {view.nextCursor ? (
          <Inline>
            <Button onClick={more} isLoading={state.loadingMore}>
              {t('ui.suppliers.more')}
            </Button>
          </Inline>
        ) : null}
        <Suspense fallback={<Loading label={t('ui.suppliers.loading')} />}>
          {dialog.kind === 'edit' ? (
            <SupplierDialog
              supplier={dialog.supplier}
              register={view}
              onClose={() => setDialog({ kind: 'none' })}
              onSaved={() => saved(t('ui.suppliers.saved'))}
            />
          ) : null}
          {dialog.kind === 'import' ? (
            <ImportDialog
              onClose={() => setDialog({ kind: 'none' })}
              onImported={(written) => saved(t('ui.suppliers.import.done', { count: written }))}
            />
          ) : null}
        </Suspense>
      </Stack>
    </div>
  );
}
