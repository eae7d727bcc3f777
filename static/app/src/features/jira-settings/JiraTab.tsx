/**
 * The admin page's Jira tab (admins only): the project and issue type the plans' actions become. The admin types
 * the project key, the app asks Jira (as them) for the project and its issue types, they choose one and save; the
 * server checks both against Jira again before keeping them.
 */
import { useEffect, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { RadioGroup } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { JiraProjectView } from '@shared/contract/jira-settings';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { FieldMessage, TextField } from '../../components/fields';
import { mapIssues } from '../../components/issues';
import { ErrorState, Loading } from '../../components/states';
import { UserText } from '../../components/UserText';
import { NoticesSettings } from './NoticesSettings';

/** Jira's rule for project keys (the contract's too): checked here so that a typo does not cost a request. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,49}$/;

type Target = { projectKey: string; issueTypeId: string };

export function JiraTab() {
  const { t } = useI18n();
  const { state, retry } = useCall('jira-settings/get', {});
  if (state.status === 'loading') return <Loading label={t('ui.plan.jiraSettings.loading')} />;
  if (state.status === 'error')
    return <ErrorState error={state.error} message={describeError(state.error, t)} onRetry={retry} />;
  return (
    <Stack space="space.400">
      <JiraSettingsForm saved={state.data.target ?? null} />
      <NoticesSettings saved={state.data.notices} />
    </Stack>
  );
}

type Saved = { target: Target; project: JiraProjectView | null };

/** The form's state: the key typed, the project Jira found for it, the type chosen, and what went wrong. */
function useJiraSettings(initial: Target | null) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<Saved | null>(initial ? { target: initial, project: null } : null);
  const [key, setKey] = useState(initial?.projectKey ?? '');
  const [keyError, setKeyError] = useState<string | undefined>();
  const [project, setProject] = useState<JiraProjectView | null>(null);
  const [typeId, setTypeId] = useState<string | undefined>(initial?.issueTypeId);
  const [typeError, setTypeError] = useState<string | undefined>();
  const [failure, setFailure] = useState<AppError | null>(null);
  const [working, setWorking] = useState<'find' | 'save' | null>(null);
  const [justSaved, setJustSaved] = useState(false);

  const find = async (projectKey: string, quiet = false) => {
    setWorking('find');
    const result = await call('jira-settings/project', { projectKey });
    setWorking(null);
    if (result.ok) {
      setProject(result.data);
      setTypeId((current) => (result.data.issueTypes.some((it) => it.id === current) ? current : undefined));
      return result.data;
    }
    if (quiet) return null;
    setProject(null);
    const mapped = mapIssues(result.error, '', ['projectKey'], t);
    if (mapped.fields.projectKey) setKeyError(mapped.fields.projectKey);
    else setFailure(result.error);
    return null;
  };

  // The saved project's names (Jira holds them): shown when Jira answers, ids otherwise.
  useEffect(() => {
    if (!initial) return;
    void find(initial.projectKey, true).then((found) => {
      if (found) setSaved({ target: initial, project: found });
    });
    // Once, for the settings the tab opened with: they are this component's initial props.
  }, []);

  const onFind = (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    setJustSaved(false);
    setTypeError(undefined);
    const projectKey = key.trim().toUpperCase();
    setKey(projectKey);
    if (!PROJECT_KEY.test(projectKey)) {
      setProject(null);
      return setKeyError(t('ui.plan.jiraSettings.projectKeyInvalid'));
    }
    setKeyError(undefined);
    void find(projectKey);
  };

  const save = async () => {
    if (!project) return;
    if (!typeId) return setTypeError(t('ui.plan.jiraSettings.chooseType'));
    setTypeError(undefined);
    setFailure(null);
    setWorking('save');
    const result = await call('jira-settings/save', { projectKey: project.key, issueTypeId: typeId });
    setWorking(null);
    if (!result.ok) {
      const mapped = mapIssues(result.error, '', ['projectKey', 'issueTypeId'], t);
      if (mapped.fields.issueTypeId) setTypeError(mapped.fields.issueTypeId);
      if (mapped.fields.projectKey) setKeyError(mapped.fields.projectKey);
      if (!mapped.fields.issueTypeId && !mapped.fields.projectKey) setFailure(result.error);
      return;
    }
    setProject(result.data);
    setSaved({ target: { projectKey: result.data.key, issueTypeId: typeId }, project: result.data });
    setJustSaved(true);
  };

  return {
    saved,
    justSaved,
    failure,
    working,
    key,
    keyError,
    setKey,
    onFind,
    project,
    typeId,
    typeError,
    setTypeId,
    save: () => void save(),
  };
}

function JiraSettingsForm({ saved: initial }: { saved: Target | null }) {
  const { t } = useI18n();
  const form = useJiraSettings(initial);
  const { failure, project } = form;
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading as="h2" size="medium">
          {t('ui.plan.jiraSettings.title')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('ui.plan.jiraSettings.intro')}
        </Text>
      </Stack>
      <CurrentTarget saved={form.saved} justSaved={form.justSaved} />
      {failure ? <ErrorState error={failure} message={describeError(failure, t)} /> : null}
      <form onSubmit={form.onFind} noValidate aria-label={t('ui.plan.jiraSettings.find')}>
        <Stack space="space.100">
          <div style={{ maxWidth: '20rem' }}>
            <TextField
              id="jira-project-key"
              label={t('ui.plan.jiraSettings.projectKey')}
              value={form.key}
              isRequired
              helper={t('ui.plan.jiraSettings.projectKeyHelp')}
              error={form.keyError}
              onChange={(value) => form.setKey(value.toUpperCase())}
            />
          </div>
          <Inline>
            <Button type="submit" isLoading={form.working === 'find'}>
              {t('ui.plan.jiraSettings.find')}
            </Button>
          </Inline>
        </Stack>
      </form>
      {project ? <ProjectChoice project={project} form={form} /> : null}
    </Stack>
  );
}

/** The project Jira found, its issue types to choose from, and Save. */
function ProjectChoice({
  project,
  form,
}: {
  project: JiraProjectView;
  form: ReturnType<typeof useJiraSettings>;
}) {
  const { t } = useI18n();
  const { typeError } = form;
  return (
    <Stack space="space.150">
      <Text as="p" weight="medium">
        {t('ui.plan.jiraSettings.project')} <UserText>{project.name}</UserText> ({project.key})
      </Text>
      {project.issueTypes.length === 0 ? (
        <Text as="p">{t('ui.plan.jiraSettings.noIssueTypes')}</Text>
      ) : (
        <Fieldset legend={t('ui.plan.jiraSettings.issueType')}>
          <RadioGroup
            name="jira-issue-type"
            options={project.issueTypes.map((it) => ({
              name: 'jira-issue-type',
              value: it.id,
              label: it.name,
            }))}
            value={form.typeId ?? null}
            onChange={(e) => form.setTypeId(e.currentTarget.value)}
            aria-describedby={typeError ? 'jira-issue-type-message' : undefined}
          />
          <FieldMessage id="jira-issue-type-message" error={typeError} />
        </Fieldset>
      )}
      <Inline>
        <Button
          appearance="primary"
          onClick={form.save}
          isLoading={form.working === 'save'}
          isDisabled={project.issueTypes.length === 0}
        >
          {t('ui.plan.jiraSettings.save')}
        </Button>
      </Inline>
    </Stack>
  );
}

function CurrentTarget({ saved, justSaved }: { saved: Saved | null; justSaved: boolean }) {
  const { t } = useI18n();
  if (!saved) {
    return (
      <SectionMessage appearance="information">
        <p>{t('ui.plan.jiraSettings.none')}</p>
      </SectionMessage>
    );
  }
  const { target, project } = saved;
  const type = project?.issueTypes.find((it) => it.id === target.issueTypeId)?.name;
  const text =
    project && type
      ? t(justSaved ? 'ui.plan.jiraSettings.saved' : 'ui.plan.jiraSettings.current', {
          project: project.name,
          key: project.key,
          type,
        })
      : t('ui.plan.jiraSettings.currentIds', { key: target.projectKey, type: target.issueTypeId });
  return (
    <SectionMessage appearance={justSaved ? 'success' : 'information'}>
      <p role={justSaved ? 'status' : undefined}>{text}</p>
    </SectionMessage>
  );
}
