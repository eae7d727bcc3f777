/**
 * The campaign editor's state is exactly the contract's `CampaignInput` (what `campaigns/save` accepts), so the
 * payload is the draft itself. Pure helpers: defaults, conversion from the stored view, client-side validation
 * (translated, before the server's own) and the field paths the editor renders (for mapping server issues).
 */
import { dayOf } from '@domain/common';
import type { AppRole } from '@domain/roles';
import type { LocalizedText } from '@domain/model';
import type { CampaignInput, CampaignView } from '@shared/contract/campaigns';
import { LOCALES } from '@shared/i18n';
import { LIMITS } from '@shared/limits';
import type { Translate } from '../../app/i18n';
import type { FieldErrors } from '../../components/issues';

export const ROLES: readonly AppRole[] = ['admin', 'team', 'quality'];

export function newCampaignDraft(modelId: string, now = new Date()): CampaignInput {
  const closes = new Date(now.getTime() + 28 * 24 * 3600 * 1000);
  return {
    name: { 'en-US': '', 'fr-FR': '' },
    period: String(now.getUTCFullYear()),
    opensOn: dayOf(now.getTime()),
    closesOn: dayOf(closes.getTime()),
    anonymous: false,
    modelId,
    audience: { departments: [], people: [] },
    team: [],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'team', 'quality'], customersAfterClose: false },
  };
}

export function draftOf(view: CampaignView): CampaignInput {
  return {
    id: view.id,
    name: { ...view.name },
    period: view.period,
    opensOn: view.opensOn,
    closesOn: view.closesOn,
    anonymous: view.anonymous,
    modelId: view.modelId,
    audience: {
      departments: view.audience.departments.map((d) => ({
        id: d.id,
        name: { ...d.name },
        members: [...d.members],
      })),
      people: [...view.audience.people],
    },
    team: view.team.map((m) => ({
      accountId: m.accountId,
      portfolio: { departments: [...m.portfolio.departments], people: [...m.portfolio.people] },
    })),
    commentRequiredAtOrBelow: view.commentRequiredAtOrBelow,
    ...(view.suppliers ? { suppliers: { enabled: view.suppliers.enabled } } : {}),
    ...(view.reminders
      ? {
          reminders: {
            afterOpening: [...view.reminders.afterOpening],
            beforeClose: [...view.reminders.beforeClose],
            cap: view.reminders.cap,
          },
        }
      : {}),
    results: {
      roles: [...view.results.roles],
      customersAfterClose: view.results.customersAfterClose,
      ...(view.results.minGroupSize !== undefined ? { minGroupSize: view.results.minGroupSize } : {}),
      ...(view.results.minCommentGroupSize !== undefined
        ? { minCommentGroupSize: view.results.minCommentGroupSize }
        : {}),
    },
  };
}

/** The smallest `department-N` id not used yet (ids end up in storage keys: letters, digits and dashes only). */
export function nextDepartmentId(draft: CampaignInput): string {
  const used = new Set(draft.audience.departments.map((d) => d.id));
  let n = draft.audience.departments.length + 1;
  while (used.has(`department-${n}`)) n += 1;
  return `department-${n}`;
}

/** Every path the editor shows a message at, relative to `campaign`. */
export function campaignFieldPaths(draft: CampaignInput): string[] {
  const texts = (base: string) => LOCALES.map((l) => `${base}.${l}`);
  return [
    ...texts('name'),
    'period',
    'opensOn',
    'closesOn',
    'anonymous',
    'commentRequiredAtOrBelow',
    'reminders.afterOpening',
    'reminders.beforeClose',
    'reminders.cap',
    'results',
    'results.minGroupSize',
    'results.minCommentGroupSize',
    'audience.departments',
    ...draft.audience.departments.flatMap((_, i) => [
      ...texts(`audience.departments.${i}.name`),
      `audience.departments.${i}.members`,
    ]),
    'audience.people',
    'team',
    ...draft.team.flatMap((_, i) => [`team.${i}.portfolio.departments`, `team.${i}.portfolio.people`]),
  ];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function validateCampaign(draft: CampaignInput, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const text = (value: string, max: number) =>
    value.trim() === ''
      ? t('ui.admin.validation.required')
      : value.trim().length > max
        ? t('ui.admin.validation.tooLong', { max })
        : undefined;
  const both = (base: string, value: LocalizedText, max: number) => {
    for (const locale of LOCALES) {
      const problem = text(value[locale], max);
      if (problem) errors[`${base}.${locale}`] = problem;
    }
  };
  both('name', draft.name, LIMITS.campaignName);
  for (const field of ['minGroupSize', 'minCommentGroupSize'] as const) {
    const size = draft.results[field];
    if (size !== undefined && (!Number.isInteger(size) || size < 3 || size > LIMITS.groupSize))
      errors[`results.${field}`] = t('ui.admin.validation.groupSize', { max: LIMITS.groupSize });
  }
  const period = text(draft.period, LIMITS.period);
  if (period) errors.period = period;
  if (!DAY.test(draft.opensOn)) errors.opensOn = t('ui.admin.validation.day');
  if (!DAY.test(draft.closesOn)) errors.closesOn = t('ui.admin.validation.day');
  else if (DAY.test(draft.opensOn) && draft.closesOn < draft.opensOn)
    errors.closesOn = t('ui.admin.validation.closesBeforeOpens');
  draft.audience.departments.forEach((department, i) =>
    both(`audience.departments.${i}.name`, department.name, LIMITS.departmentName),
  );
  // Two departments of one name in either language could not be told apart by the people choosing theirs.
  for (const locale of LOCALES) {
    const seen = new Set<string>();
    draft.audience.departments.forEach((department, i) => {
      const name = department.name[locale].trim().toLowerCase();
      const path = `audience.departments.${i}.name.${locale}`;
      if (name !== '' && seen.has(name) && !errors[path])
        errors[path] = t('ui.admin.validation.duplicateDepartment');
      seen.add(name);
    });
  }
  return errors;
}
