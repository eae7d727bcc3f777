/** The Jira issue panel (`action-issue-panel`): the improvement action an issue carries, if it is one. */
import IssuePanel from '../../features/issue-panel/IssuePanel';

export default function IssuePanelView() {
  return <IssuePanel />;
}
