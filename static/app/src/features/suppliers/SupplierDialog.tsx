/**
 * Adding or changing a supplier, in a modal: its name, category, owner (an admin chooses; a buyer's supplier is
 * theirs), status and next evaluation day. The form checks what it can before sending; the server's refusals are
 * shown at their field, or above the form.
 */
import { useState } from 'react';
import { Label } from '@atlaskit/form';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { SupplierStatus } from '@domain/suppliers';
import type { SupplierListView, SupplierView } from '@shared/contract/suppliers';
import { LIMITS } from '@shared/limits';
import type { Issue } from '@shared/result';
import { call } from '../../api/call';
import { describeError, describeIssue } from '../../api/errors';
import { useI18n, type Translate } from '../../app/i18n';
import { FieldMessage, TextField } from '../../components/fields';
import { FormDialog } from '../../components/FormDialog';
import { selectStyle, STATUS_LABEL, STATUSES } from './labels';

interface Draft {
  name: string;
  category: string;
  ownerAccountId: string;
  status: SupplierStatus;
  nextEvaluationOn: string;
}
type Errors = Partial<Record<keyof Draft, string>>;

const FORMULA = /^[=+\-@\t\r]/u;
const MAX = { name: LIMITS.supplierName, category: LIMITS.supplierCategory } as const;

function checked(draft: Draft, t: Translate): Errors {
  const errors: Errors = {};
  for (const field of ['name', 'category'] as const) {
    const text = draft[field].trim();
    if (text.length === 0) errors[field] = t('ui.suppliers.required');
    else if (text.length > MAX[field]) errors[field] = t('ui.reasons.field.tooLong', { max: MAX[field] });
    else if (FORMULA.test(text)) errors[field] = t('ui.reasons.supplier.formula');
  }
  if (!draft.ownerAccountId) errors.ownerAccountId = t('ui.suppliers.required');
  return errors;
}

const FIELD_OF: Record<string, keyof Draft> = {
  'supplier.name': 'name',
  'supplier.category': 'category',
  'supplier.ownerAccountId': 'ownerAccountId',
  'supplier.nextEvaluationOn': 'nextEvaluationOn',
};

/** A labelled native select with its inline message: light, and read by every assistive technology. */
function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  error,
  isDisabled = false,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
  isDisabled?: boolean;
}) {
  const messageId = `${id}-message`;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        style={selectStyle}
        value={value}
        disabled={isDisabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessage id={messageId} error={error} />
    </Stack>
  );
}

/** The server's field-level problems, at their fields. */
function fieldErrorsOf(issues: readonly Issue[], t: Translate): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = FIELD_OF[issue.path];
    if (field) errors[field] = describeIssue(issue, t);
  }
  return errors;
}

export function SupplierDialog({
  supplier,
  register,
  onClose,
  onSaved,
}: {
  /** The supplier to change; absent: a new one. */
  supplier: SupplierView | undefined;
  register: SupplierListView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>({
    name: supplier?.name ?? '',
    category: supplier?.category ?? '',
    ownerAccountId: supplier?.ownerAccountId ?? (register.canReassign ? '' : register.viewerAccountId),
    status: supplier?.status ?? 'active',
    nextEvaluationOn: supplier?.nextEvaluationOn ?? '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [working, setWorking] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    const found = checked(draft, t);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setWorking(true);
    const result = await call('suppliers/save', {
      supplier: {
        ...(supplier ? { id: supplier.id } : {}),
        name: draft.name,
        category: draft.category,
        ownerAccountId: draft.ownerAccountId,
        status: draft.status,
        nextEvaluationOn: draft.nextEvaluationOn || null,
        departments: supplier?.departments ?? [],
      },
      baseRevision: supplier?.revision ?? 0,
    });
    setWorking(false);
    if (result.ok) return onSaved();
    const fieldErrors = fieldErrorsOf(result.error.issues ?? [], t);
    if (Object.keys(fieldErrors).length === 0) setFailure(describeError(result.error, t));
  };

  const owners = register.team.some((p) => p.accountId === draft.ownerAccountId)
    ? register.team
    : [
        ...register.team,
        supplier?.owner ?? { accountId: draft.ownerAccountId, displayName: draft.ownerAccountId },
      ];
  return (
    <FormDialog
      isOpen
      title={t(supplier ? 'ui.suppliers.editTitle' : 'ui.suppliers.addTitle')}
      submitLabel={t('ui.suppliers.save')}
      working={working}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      {failure ? (
        <SectionMessage appearance="error">
          <p role="alert">{failure}</p>
        </SectionMessage>
      ) : null}
      <TextField
        id="supplier-name"
        label={t('ui.suppliers.name')}
        value={draft.name}
        isRequired
        error={errors.name}
        onChange={(name) => set({ name })}
      />
      <TextField
        id="supplier-category"
        label={t('ui.suppliers.category')}
        value={draft.category}
        isRequired
        error={errors.category}
        onChange={(category) => set({ category })}
      />
      <SelectField
        id="supplier-owner"
        label={t('ui.suppliers.owner')}
        value={draft.ownerAccountId}
        isDisabled={!register.canReassign}
        error={errors.ownerAccountId}
        options={[
          { value: '', label: t('ui.suppliers.chooseOwner') },
          ...owners.map((p) => ({ value: p.accountId, label: p.displayName })),
        ]}
        onChange={(ownerAccountId) => set({ ownerAccountId })}
      />
      <SelectField
        id="supplier-status"
        label={t('ui.suppliers.statusLabel')}
        value={draft.status}
        options={STATUSES.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) }))}
        onChange={(status) => set({ status: status as SupplierStatus })}
      />
      <TextField
        id="supplier-next"
        type="date"
        label={t('ui.suppliers.nextEvaluation')}
        helper={supplier ? undefined : t('ui.suppliers.nextEvaluationHelp')}
        value={draft.nextEvaluationOn}
        error={errors.nextEvaluationOn}
        onChange={(nextEvaluationOn) => set({ nextEvaluationOn })}
      />
    </FormDialog>
  );
}
