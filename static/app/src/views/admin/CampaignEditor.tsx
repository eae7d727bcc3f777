/**
 * One campaign: the settings form (`campaign/get` + `campaign/save` with `baseRevision`) and the explicit Open and
 * Close actions, each confirmed in a dialog that says what cannot be undone. Closed campaigns are read-only.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import Button from '@atlaskit/button/default/button';
import Checkbox from '@atlaskit/checkbox';
import { Fieldset, HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { RadioGroup } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import Toggle from '@atlaskit/toggle';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CampaignInput, CampaignView } from '@shared/contract';
import type { AppError } from '@shared/result';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../states';
import { useCall } from '../use-call';
import {
  ROLES,
  campaignFieldPaths,
  draftOf,
  newCampaignDraft,
  nextDepartmentId,
  validateCampaign,
} from './campaign-draft';
import { ConfirmDialog } from './ConfirmDialog';
import { useDirectory } from './directory';
import { TextField } from './fields';
import { StatusLozenge } from './format';
import { mapIssues, type FieldErrors } from './issues';
import { UserPicker } from './UserPicker';

interface EditorProps {
  canEdit: boolean;
  onBack: () => void;
}

/** Loads the campaign (or, for a new one, the model it will use) and hands it to the form. */
export function CampaignEditor({ campaignId, ...props }: EditorProps & { campaignId: string | null }) {
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  return campaignId ? (
    <ExistingCampaign key={reloads} campaignId={campaignId} onReload={reload} {...props} />
  ) : (
    <NewCampaign {...props} onReload={reload} />
  );
}

function ExistingCampaign({
  campaignId,
  ...props
}: EditorProps & { campaignId: string; onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('campaign/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.admin.campaign.loading')} />;
  if (state.status === 'error')
    return (
      <Stack space="space.200">
        <BackButton onBack={props.onBack} />
        <ErrorState error={state.error} onRetry={retry} />
      </Stack>
    );
  return <CampaignForm initial={state.data} initialDraft={draftOf(state.data)} {...props} />;
}

function NewCampaign(props: EditorProps & { onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('model/get', {});
  if (state.status === 'loading') return <Loading label={t('ui.admin.campaign.loading')} />;
  if (state.status === 'error')
    return (
      <Stack space="space.200">
        <BackButton onBack={props.onBack} />
        <ErrorState error={state.error} onRetry={retry} />
      </Stack>
    );
  return <CampaignForm initial={null} initialDraft={newCampaignDraft(state.data.model.id)} {...props} />;
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  return (
    <Inline>
      <Button appearance="subtle" onClick={onBack}>
        {t('ui.admin.campaign.back')}
      </Button>
    </Inline>
  );
}

type Banner =
  | { kind: 'saved' | 'opened' | 'closed' | 'invalid' | 'conflict' }
  | { kind: 'error'; error: AppError }
  | { kind: 'unmatched'; issues: { path: string; message: string }[] };

const same = (a: CampaignInput, b: CampaignInput) => JSON.stringify(a) === JSON.stringify(b);

function CampaignForm({
  initial,
  initialDraft,
  canEdit,
  onBack,
  onReload,
}: EditorProps & { initial: CampaignView | null; initialDraft: CampaignInput; onReload: () => void }) {
  const { t } = useI18n();
  const directory = useDirectory();
  const [view, setView] = useState<CampaignView | null>(initial);
  const [baseline, setBaseline] = useState<CampaignInput>(initialDraft);
  const [draft, setDraft] = useState<CampaignInput>(initialDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const [dialog, setDialog] = useState<'open' | 'close' | null>(null);
  const [working, setWorking] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);

  const readOnly = !canEdit || view?.status === 'closed';
  const dirty = !same(draft, baseline);
  const prefix = 'campaign';

  useEffect(() => {
    directory.load([
      ...draft.audience.departments.flatMap((d) => d.members),
      ...draft.audience.people,
      ...draft.team.flatMap((m) => [m.accountId, ...m.portfolio.people]),
    ]);
    // Only the names of the campaign as loaded: picked people arrive with their names.
  }, []);

  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);

  const update = (change: (d: CampaignInput) => CampaignInput) => {
    setDraft((d) => change(d));
    if (banner?.kind === 'saved' || banner?.kind === 'opened') setBanner(null);
  };

  const accept = (next: CampaignView, kind: 'saved' | 'opened' | 'closed') => {
    const nextDraft = draftOf(next);
    setView(next);
    setBaseline(nextDraft);
    setDraft(nextDraft);
    setErrors({});
    setBanner({ kind });
  };

  const fail = (error: AppError) => {
    if (error.code === 'CONFLICT') return setBanner({ kind: 'conflict' });
    if (error.code === 'INVALID_PAYLOAD' && error.issues?.length) {
      const mapped = mapIssues(error, prefix, campaignFieldPaths(draft));
      setErrors(mapped.fields);
      return setBanner(
        mapped.unmatched.length ? { kind: 'unmatched', issues: mapped.unmatched } : { kind: 'invalid' },
      );
    }
    setBanner({ kind: 'error', error });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (readOnly || saving) return;
    const found = validateCampaign(draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return setBanner({ kind: 'invalid' });
    setSaving(true);
    const campaign = { ...draft, name: draft.name.trim(), period: draft.period.trim() };
    const result = await call('campaign/save', { campaign, baseRevision: view?.revision ?? 0 });
    setSaving(false);
    if (result.ok) accept(result.data, 'saved');
    else fail(result.error);
  };

  const runLifecycle = async () => {
    if (!view || !dialog) return;
    setWorking(true);
    const key = dialog === 'open' ? 'campaign/open' : 'campaign/close';
    const result = await call(key, { campaignId: view.id, baseRevision: view.revision });
    setWorking(false);
    setDialog(null);
    if (result.ok) accept(result.data, dialog === 'open' ? 'opened' : 'closed');
    else fail(result.error);
  };

  const departments = draft.audience.departments;
  const departmentLabel = (id: string) =>
    departments.find((d) => d.id === id)?.name.trim() || t('ui.admin.campaign.unnamedDepartment');
  const person = (accountId: string) => directory.nameOf(accountId) ?? t('ui.admin.users.unknown');

  return (
    <Stack space="space.300">
      <BackButton onBack={onBack} />
      <Stack space="space.100">
        <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
          <Inline space="space.150" alignBlock="center" shouldWrap>
            <Heading as="h2" size="large" id="campaign-heading">
              {view ? view.name : t('ui.admin.campaign.newHeading')}
            </Heading>
            {view ? <StatusLozenge status={view.status} /> : null}
          </Inline>
          {view && canEdit && view.status !== 'closed' ? (
            <Inline space="space.100" alignBlock="center" shouldWrap>
              {dirty ? (
                <Text id="lifecycle-dirty" color="color.text.subtle">
                  {t('ui.admin.campaign.saveFirst')}
                </Text>
              ) : null}
              <Button
                appearance={view.status === 'draft' ? 'primary' : 'warning'}
                isDisabled={dirty}
                aria-describedby={dirty ? 'lifecycle-dirty' : undefined}
                onClick={() => setDialog(view.status === 'draft' ? 'open' : 'close')}
              >
                {view.status === 'draft' ? t('ui.admin.campaign.open') : t('ui.admin.campaign.close')}
              </Button>
            </Inline>
          ) : null}
        </Inline>
        {view && view.status !== 'closed' ? (
          <Text as="p" color="color.text.subtle">
            {view.status === 'draft' ? t('ui.admin.campaign.draftStatus') : t('ui.admin.campaign.openStatus')}
          </Text>
        ) : null}
      </Stack>

      {banner ? (
        <div ref={bannerRef} tabIndex={-1} style={{ outline: 'none' }}>
          <BannerMessage banner={banner} onReload={onReload} />
        </div>
      ) : null}

      {view?.status === 'closed' ? (
        <SectionMessage appearance="information">
          <p>{t('ui.admin.campaign.closedReadOnly')}</p>
        </SectionMessage>
      ) : !canEdit ? (
        <SectionMessage appearance="information">
          <p>{t('ui.admin.campaign.readOnlyRole')}</p>
        </SectionMessage>
      ) : null}

      <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="campaign-heading">
        <Stack space="space.400">
          <FormSection title={t('ui.admin.campaign.general')} id="campaign-general">
            <TextField
              id="campaign-name"
              label={t('ui.admin.campaign.name')}
              value={draft.name}
              isRequired
              isDisabled={readOnly}
              error={errors.name}
              onChange={(name) => update((d) => ({ ...d, name }))}
            />
            <Inline space="space.200" shouldWrap>
              <TextField
                id="campaign-period"
                label={t('ui.admin.campaign.period')}
                helper={t('ui.admin.campaign.periodHelp')}
                value={draft.period}
                width="small"
                isRequired
                isDisabled={readOnly}
                error={errors.period}
                onChange={(period) => update((d) => ({ ...d, period }))}
              />
              <TextField
                id="campaign-opens"
                type="date"
                label={t('ui.admin.campaign.opensOn')}
                value={draft.opensOn}
                isRequired
                isDisabled={readOnly}
                error={errors.opensOn}
                onChange={(opensOn) => update((d) => ({ ...d, opensOn }))}
              />
              <TextField
                id="campaign-closes"
                type="date"
                label={t('ui.admin.campaign.closesOn')}
                helper={t('ui.admin.campaign.closesHelp')}
                value={draft.closesOn}
                isRequired
                isDisabled={readOnly}
                error={errors.closesOn}
                onChange={(closesOn) => update((d) => ({ ...d, closesOn }))}
              />
            </Inline>
          </FormSection>

          <FormSection title={t('ui.admin.campaign.answers')} id="campaign-answers">
            <Stack space="space.050">
              <Inline space="space.100" alignBlock="center">
                <Toggle
                  id="campaign-anonymous"
                  isChecked={draft.anonymous}
                  isDisabled={readOnly || Boolean(view?.hasAnswers)}
                  descriptionId="campaign-anonymous-help"
                  onChange={(e) => {
                    const anonymous = e.currentTarget.checked;
                    update((d) => ({ ...d, anonymous }));
                  }}
                />
                <Label htmlFor="campaign-anonymous">{t('ui.admin.campaign.anonymous')}</Label>
              </Inline>
              <div id="campaign-anonymous-help">
                <HelperMessage>
                  {view?.hasAnswers
                    ? t('ui.admin.campaign.anonymousLocked')
                    : t('ui.admin.campaign.anonymousHelp')}
                </HelperMessage>
              </div>
            </Stack>
            <Fieldset legend={t('ui.admin.campaign.commentRule')}>
              <RadioGroup
                name="comment-rule"
                isDisabled={readOnly}
                value={String(draft.commentRequiredAtOrBelow)}
                options={(['0', '1', '2', '3'] as const).map((value) => ({
                  name: 'comment-rule',
                  value,
                  label: t(`ui.admin.campaign.commentRule${value}`),
                }))}
                onChange={(e) => {
                  const level = Number(e.currentTarget.value) as CampaignInput['commentRequiredAtOrBelow'];
                  update((d) => ({ ...d, commentRequiredAtOrBelow: level }));
                }}
              />
            </Fieldset>
          </FormSection>

          <FormSection title={t('ui.admin.campaign.results')} id="campaign-results">
            <Fieldset legend={t('ui.admin.campaign.resultsRoles')}>
              {ROLES.map((role) => (
                <Checkbox
                  key={role}
                  name="results-roles"
                  value={role}
                  label={t(`ui.admin.roles.${role}`)}
                  isChecked={draft.results.roles.includes(role)}
                  isDisabled={readOnly}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    update((d) => ({
                      ...d,
                      results: {
                        ...d.results,
                        roles: checked
                          ? ROLES.filter((r) => r === role || d.results.roles.includes(r))
                          : d.results.roles.filter((r) => r !== role),
                      },
                    }));
                  }}
                />
              ))}
            </Fieldset>
            <Checkbox
              name="customers-after-close"
              label={t('ui.admin.campaign.customersAfterClose')}
              isChecked={draft.results.customersAfterClose}
              isDisabled={readOnly}
              onChange={(e) => {
                const customersAfterClose = e.currentTarget.checked;
                update((d) => ({ ...d, results: { ...d.results, customersAfterClose } }));
              }}
            />
          </FormSection>

          <FormSection
            title={t('ui.admin.campaign.audience')}
            id="campaign-audience"
            description={t('ui.admin.campaign.audienceHelp')}
          >
            {departments.length === 0 ? (
              <Text as="p" color="color.text.subtle">
                {t('ui.admin.campaign.noDepartments')}
              </Text>
            ) : null}
            {departments.map((department, i) => (
              <Card key={department.id}>
                <Stack space="space.150">
                  <TextField
                    id={`department-${i}-name`}
                    label={t('ui.admin.campaign.departmentName')}
                    value={department.name}
                    isRequired
                    isDisabled={readOnly}
                    error={errors[`audience.departments.${i}.name`]}
                    onChange={(name) =>
                      update((d) => ({
                        ...d,
                        audience: {
                          ...d.audience,
                          departments: d.audience.departments.map((x, k) => (k === i ? { ...x, name } : x)),
                        },
                      }))
                    }
                  />
                  <UserPicker
                    id={`department-${i}-members`}
                    label={t('ui.admin.campaign.departmentMembers', {
                      department: departmentLabel(department.id),
                    })}
                    value={department.members}
                    isDisabled={readOnly}
                    error={errors[`audience.departments.${i}.members`]}
                    onChange={(members) =>
                      update((d) => ({
                        ...d,
                        audience: {
                          ...d.audience,
                          departments: d.audience.departments.map((x, k) =>
                            k === i ? { ...x, members } : x,
                          ),
                        },
                      }))
                    }
                  />
                  {readOnly ? null : (
                    <Inline>
                      <Button
                        appearance="subtle"
                        onClick={() =>
                          update((d) => ({
                            ...d,
                            audience: {
                              ...d.audience,
                              departments: d.audience.departments.filter((_, k) => k !== i),
                            },
                            team: d.team.map((m) => ({
                              ...m,
                              portfolio: {
                                ...m.portfolio,
                                departments: m.portfolio.departments.filter((id) => id !== department.id),
                              },
                            })),
                          }))
                        }
                      >
                        {t('ui.admin.campaign.removeDepartment', {
                          department: departmentLabel(department.id),
                        })}
                      </Button>
                    </Inline>
                  )}
                </Stack>
              </Card>
            ))}
            {readOnly ? null : (
              <Inline>
                <Button
                  onClick={() =>
                    update((d) => ({
                      ...d,
                      audience: {
                        ...d.audience,
                        departments: [
                          ...d.audience.departments,
                          { id: nextDepartmentId(d), name: '', members: [] },
                        ],
                      },
                    }))
                  }
                >
                  {t('ui.admin.campaign.addDepartment')}
                </Button>
              </Inline>
            )}
            <UserPicker
              id="audience-people"
              label={t('ui.admin.campaign.people')}
              helper={t('ui.admin.campaign.peopleHelp')}
              value={draft.audience.people}
              isDisabled={readOnly}
              error={errors['audience.people']}
              onChange={(people) => update((d) => ({ ...d, audience: { ...d.audience, people } }))}
            />
          </FormSection>

          <FormSection
            title={t('ui.admin.campaign.team')}
            id="campaign-team"
            description={t('ui.admin.campaign.teamHelp')}
          >
            <UserPicker
              id="team-members"
              label={t('ui.admin.campaign.teamMembers')}
              value={draft.team.map((m) => m.accountId)}
              isDisabled={readOnly}
              error={errors.team}
              onChange={(ids) =>
                update((d) => ({
                  ...d,
                  team: ids.map(
                    (accountId) =>
                      d.team.find((m) => m.accountId === accountId) ?? {
                        accountId,
                        portfolio: { departments: [], people: [] },
                      },
                  ),
                }))
              }
            />
            {draft.team.map((member, i) => (
              <Card key={member.accountId}>
                <Stack space="space.150">
                  <Heading as="h4" size="xsmall">
                    {t('ui.admin.campaign.portfolioOf', { name: person(member.accountId) })}
                  </Heading>
                  <Fieldset legend={t('ui.admin.campaign.portfolioDepartments')}>
                    {departments.length === 0 ? (
                      <Text as="p" color="color.text.subtle">
                        {t('ui.admin.campaign.noDepartments')}
                      </Text>
                    ) : null}
                    {departments.map((department) => (
                      <Checkbox
                        key={department.id}
                        name={`portfolio-${i}`}
                        value={department.id}
                        label={departmentLabel(department.id)}
                        isDisabled={readOnly}
                        isChecked={member.portfolio.departments.includes(department.id)}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          update((d) => ({
                            ...d,
                            team: d.team.map((m, k) =>
                              k !== i
                                ? m
                                : {
                                    ...m,
                                    portfolio: {
                                      ...m.portfolio,
                                      departments: checked
                                        ? d.audience.departments
                                            .map((x) => x.id)
                                            .filter(
                                              (id) =>
                                                id === department.id || m.portfolio.departments.includes(id),
                                            )
                                        : m.portfolio.departments.filter((id) => id !== department.id),
                                    },
                                  },
                            ),
                          }));
                        }}
                      />
                    ))}
                  </Fieldset>
                  <UserPicker
                    id={`team-${i}-people`}
                    label={t('ui.admin.campaign.portfolioPeople', { name: person(member.accountId) })}
                    value={member.portfolio.people}
                    isDisabled={readOnly}
                    error={errors[`team.${i}.portfolio.people`] ?? errors[`team.${i}.portfolio.departments`]}
                    onChange={(people) =>
                      update((d) => ({
                        ...d,
                        team: d.team.map((m, k) =>
                          k === i ? { ...m, portfolio: { ...m.portfolio, people } } : m,
                        ),
                      }))
                    }
                  />
                </Stack>
              </Card>
            ))}
          </FormSection>

          {readOnly ? null : (
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={saving}>
                {view ? t('ui.admin.campaign.save') : t('ui.admin.campaign.create')}
              </Button>
              <Button appearance="subtle" onClick={onBack}>
                {t('ui.admin.cancel')}
              </Button>
            </Inline>
          )}
        </Stack>
      </form>

      {view ? (
        <ConfirmDialog
          isOpen={dialog !== null}
          title={
            dialog === 'close'
              ? t('ui.admin.campaign.closeTitle', { name: view.name })
              : t('ui.admin.campaign.openTitle', { name: view.name })
          }
          confirmLabel={
            dialog === 'close' ? t('ui.admin.campaign.closeConfirm') : t('ui.admin.campaign.openConfirm')
          }
          appearance="warning"
          isWorking={working}
          onCancel={() => setDialog(null)}
          onConfirm={() => void runLifecycle()}
        >
          {dialog === 'close' ? (
            <>
              <p>{t('ui.admin.campaign.closeConsequence')}</p>
              {view.anonymous ? <p>{t('ui.admin.campaign.closeAnonymous')}</p> : null}
            </>
          ) : (
            <>
              <p>{t('ui.admin.campaign.openConsequence', { version: view.modelVersion })}</p>
              <p>{t('ui.admin.campaign.openAnswers')}</p>
            </>
          )}
        </ConfirmDialog>
      ) : null}
    </Stack>
  );
}

function BannerMessage({ banner, onReload }: { banner: Banner | null; onReload: () => void }) {
  const { t } = useI18n();
  if (!banner) return null;
  switch (banner.kind) {
    case 'saved':
    case 'opened':
    case 'closed':
      return (
        <SectionMessage appearance="success">
          <p role="status">{t(`ui.admin.campaign.${banner.kind}`)}</p>
        </SectionMessage>
      );
    case 'invalid':
      return (
        <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
          <p>{t('ui.admin.validation.fixFields')}</p>
        </SectionMessage>
      );
    case 'unmatched':
      return (
        <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
          <IssueList issues={banner.issues} />
        </SectionMessage>
      );
    case 'conflict':
      return <ConflictMessage onReload={onReload} />;
    case 'error':
      return <ErrorState error={banner.error} />;
  }
}

/** Server issues no field shows: the message, then where it applies. */
export function IssueList({ issues }: { issues: { path: string; message: string }[] }) {
  const { t } = useI18n();
  return (
    <Stack space="space.100">
      <p>{t('ui.admin.validation.fixFields')}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <span>{issue.message}</span> <Text color="color.text.subtle">({issue.path})</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

export function ConflictMessage({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="warning" title={t('ui.admin.conflict.title')} headingLevel="h3">
      <Stack space="space.150">
        <p data-error-code="CONFLICT">{t('ui.admin.conflict.message')}</p>
        <Inline>
          <Button onClick={onReload}>{t('ui.admin.conflict.reload')}</Button>
        </Inline>
      </Stack>
    </SectionMessage>
  );
}

export function FormSection({
  title,
  id,
  description,
  children,
}: {
  title: string;
  id: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Stack space="space.200">
        <Stack space="space.050">
          <Heading as="h3" size="small" id={id}>
            {title}
          </Heading>
          {description ? (
            <Text as="p" color="color.text.subtle">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </section>
  );
}

export function Card({ children }: { children: ReactNode }) {
  return (
    <Box
      padding="space.200"
      style={{
        border: `${token('border.width')} solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
      }}
    >
      {children}
    </Box>
  );
}
