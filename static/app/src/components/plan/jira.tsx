/**
 * An action's life in Jira as the plan and the follow-up show it: the issue key as a link, the status as a lozenge
 * coloured by Jira's status category (the colours Jira itself uses: To Do grey, In Progress blue, Done green), the
 * overdue flag, and the states before an issue exists (not sent, being checked, failed with why and a retry).
 */
import Button from '@atlaskit/button/default/button';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { JiraLink, JiraProblemKind } from '@domain/plan';
import type { StatusCategory } from '@domain/followup';
import type { ActionView, JiraStatus } from '@shared/contract/plan';
import { useI18n, type MessageKey, type Translate } from '../../app/i18n';
import { useDirectory } from '../directory';
import { UserText } from '../UserText';
import { textIn } from '../text';

export const STATUS_APPEARANCE = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
} as const satisfies Record<StatusCategory, string>;

const STATUS_LABEL: Record<StatusCategory, MessageKey> = {
  new: 'ui.plan.jira.status.new',
  indeterminate: 'ui.plan.jira.status.indeterminate',
  done: 'ui.plan.jira.status.done',
};

const PROBLEM_TEXT: Record<JiraProblemKind, MessageKey> = {
  notConnected: 'ui.plan.jira.problem.notConnected',
  forbidden: 'ui.plan.jira.problem.forbidden',
  notFound: 'ui.plan.jira.problem.notFound',
  rateLimited: 'ui.plan.jira.problem.rateLimited',
  unavailable: 'ui.plan.jira.problem.unavailable',
  timeout: 'ui.plan.jira.problem.timeout',
  rejected: 'ui.plan.jira.problem.rejected',
  shape: 'ui.plan.jira.problem.shape',
};

/** Jira's own status name when known (teams rename statuses), in the colour of its category. */
export function JiraStatusLozenge({ category, name }: { category: StatusCategory; name?: string }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={STATUS_APPEARANCE[category]} testId={`status-${STATUS_APPEARANCE[category]}`}>
      {name && name.trim() !== '' ? name : t(STATUS_LABEL[category])}
    </Lozenge>
  );
}

export function OverdueLozenge() {
  const { t } = useI18n();
  return <Lozenge appearance="removed">{t('ui.plan.jira.overdue')}</Lozenge>;
}

/** A key is one word: never "PROC-" on a line and "1" on the next. */
const linkStyle = {
  color: token('color.link'),
  fontWeight: token('font.weight.medium'),
  whiteSpace: 'nowrap' as const,
};

/** The issue key, a link to the issue when the site is known. Jira opens in a new tab: the page stays. */
export function IssueKey({ issueKey, url }: { issueKey: string; url?: string }) {
  const { t } = useI18n();
  if (!url) {
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        <Text weight="medium">{issueKey}</Text>
      </span>
    );
  }
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      style={linkStyle}
      aria-label={t('ui.plan.jira.openIssue', { key: issueKey })}
    >
      {issueKey}
    </a>
  );
}

export const problemText = (kind: JiraProblemKind, t: Translate): string => t(PROBLEM_TEXT[kind]);

/** The failures whose detail only Jira can give (which field it refused, and why): its words help to fix them. */
const JIRA_EXPLAINS = new Set<JiraProblemKind>(['rejected']);

/**
 * Why the issue of an action was not created: the kind of problem, in the reader's language and addressed to no
 * one (whoever tried may not be the reader). Jira's own message follows only where it helps (a refusal it explains)
 * and for who can act on it, labelled as Jira's words: it is in Jira's language and addressed to whoever tried.
 */
function FailedDetail({
  link,
  showJiraWords,
}: {
  link: Extract<JiraLink, { state: 'failed' }>;
  showJiraWords: boolean;
}) {
  const { t } = useI18n();
  const words = showJiraWords && JIRA_EXPLAINS.has(link.problem) ? link.messages : [];
  return (
    <Stack space="space.050">
      <Text size="small">{problemText(link.problem, t)}</Text>
      {words.length > 0 ? (
        <Stack space="space.025">
          <Text size="small" color="color.text.subtle">
            {t('ui.plan.jira.messagesLabel')}
          </Text>
          <ul
            style={{ margin: 0, paddingInlineStart: token('space.250') }}
            aria-label={t('ui.plan.jira.messages')}
          >
            {words.map((message, i) => (
              <li key={i}>
                <Text size="small" color="color.text.subtle">
                  <q>
                    <UserText>{message}</UserText>
                  </q>
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** The assignee's name: the owner's when it is them, else the directory's, else that it is not available. */
export function AssigneeName({
  accountId,
  owner,
}: {
  accountId: string | null;
  owner?: ActionView['owner'];
}) {
  const { t } = useI18n();
  const directory = useDirectory();
  if (accountId === null) {
    return <Text color="color.text.subtle">{t('ui.plan.jira.unassigned')}</Text>;
  }
  const name = owner?.accountId === accountId ? owner.displayName : directory.nameOf(accountId);
  if (name) return <UserText>{name}</UserText>;
  return (
    <Text color="color.text.subtle">
      {directory.isUnavailable(accountId) ? t('ui.plan.jira.nameUnavailable') : '…'}
    </Text>
  );
}

/**
 * Where the action stands with Jira. `onRetry` (the plan's editors only) sends the failed ones again: the server
 * looks a pending one up first, so a retry never makes a second issue. `showJiraWords`: the reader can act on a
 * refusal (the plan's editors), so Jira's own message is worth showing them.
 */
export function JiraLinkState({
  action,
  onRetry,
  retrying = false,
  showJiraWords = false,
}: {
  action: ActionView;
  onRetry?: () => void;
  retrying?: boolean;
  showJiraWords?: boolean;
}) {
  const { t, locale } = useI18n();
  const { jira } = action;
  switch (jira.state) {
    case 'none':
      return (
        <Text size="small" color="color.text.subtle">
          {action.selected ? t('ui.plan.jira.toCreate') : t('ui.plan.jira.none')}
        </Text>
      );
    case 'pending':
      return (
        <Stack space="space.050">
          <Inline>
            <Lozenge appearance="moved">{t('ui.plan.jira.pending')}</Lozenge>
          </Inline>
          <Text size="small" color="color.text.subtle">
            {t('ui.plan.jira.pendingHelp')}
          </Text>
        </Stack>
      );
    case 'failed':
      return (
        <Stack space="space.075">
          <Inline>
            <Lozenge appearance="removed">{t('ui.plan.jira.failed')}</Lozenge>
          </Inline>
          <FailedDetail link={jira} showJiraWords={showJiraWords} />
          {onRetry ? (
            <Inline>
              <Button
                spacing="compact"
                onClick={onRetry}
                isLoading={retrying}
                aria-label={t('ui.plan.jira.retryOf', { title: textIn(action.title, locale) })}
              >
                {t('ui.plan.jira.retry')}
              </Button>
            </Inline>
          ) : null}
        </Stack>
      );
    case 'created':
      return (
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <IssueKey issueKey={jira.key} url={action.issueUrl ?? jira.url} />
          {action.current ? (
            <JiraStatusLozenge category={action.current.statusCategory} name={action.current.statusName} />
          ) : null}
          {action.overdue ? <OverdueLozenge /> : null}
        </Inline>
      );
  }
}

/**
 * Why the plan cannot reach Jira, said once above the plan: what it shows of Jira is what Jira said last, and the
 * plan goes on without it (drafting, weighing and selecting never need Jira).
 */
export function JiraBanner({
  jira,
  isAdmin = false,
  canEdit = false,
}: {
  jira: JiraStatus;
  isAdmin?: boolean;
  /** May draft, weigh and select: only then is it told the plan goes on for them without Jira. */
  canEdit?: boolean;
}) {
  const { t } = useI18n();
  if (jira.kind === 'ready') return null;
  const notConfigured = jira.kind === 'notConfigured';
  return (
    <SectionMessage
      appearance="warning"
      headingLevel="h3"
      title={t(notConfigured ? 'ui.plan.jira.notConfiguredTitle' : 'ui.plan.jira.unavailableTitle')}
    >
      <Stack space="space.100">
        <p data-jira-status={jira.kind}>
          {notConfigured
            ? t(isAdmin ? 'ui.plan.jira.notConfiguredAdmin' : 'ui.plan.jira.notConfigured')
            : jira.projectKey
              ? t('ui.plan.jira.unavailableProject', {
                  key: jira.projectKey,
                  problem: problemText(jira.problem, t),
                })
              : problemText(jira.problem, t)}
        </p>
        {notConfigured ? null : <p>{t('ui.plan.jira.lastKnown')}</p>}
        {canEdit ? <p>{t('ui.plan.jira.stillWorks')}</p> : null}
      </Stack>
    </SectionMessage>
  );
}
