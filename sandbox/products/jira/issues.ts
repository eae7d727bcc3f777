/**
 * Issues: adding one (the REST create and bulk create, or the control side), reading one, setting a property,
 * editing its due date, and recording a change as Jira's changelog and `avi:jira:updated:issue` event.
 */
import type { ProductEvent } from '../../events/triggers';
import { errorAnswer, isObject, splitList, type Answer } from './answers';
import { issueUpdatedEvent, type ChangeItem } from './events';
import { checkCreate, isCalendarDate, PROPERTY_VALUE_LIMIT } from './fields';
import { APP_ACCOUNT_ID, INITIAL_STATUS, PROJECT } from './model';
import { selectFields, type IssueRepresentation } from './representation';
import type { IssueRecord, JiraStore } from './store';

const MAX_BULK = 50;

/** What `addIssue` needs: the fields of a new issue, its reporter, and a status other than the first if given. */
export interface NewIssue {
  issueTypeId: string;
  summary: string;
  description: unknown;
  labels: string[];
  duedate: string | null;
  assigneeAccountId: string | null;
  properties: Record<string, unknown>;
  reporterAccountId: string;
  statusId?: string;
}

export interface IssueOperations {
  addIssue: (draft: NewIssue) => IssueRecord;
  changed: (
    issue: IssueRecord,
    items: ChangeItem[],
    actor: string,
    previousStatusId?: string,
  ) => ProductEvent;
  createOne: (body: unknown, caller: string | undefined) => Answer & { issue?: IssueRecord };
  bulkCreate: (body: unknown, caller: string | undefined) => Answer;
  getIssue: (issue: IssueRecord, url: URL) => Answer;
  setProperty: (issue: IssueRecord, key: string, value: unknown) => Answer;
  editIssue: (issue: IssueRecord, body: unknown, actor: string, events: ProductEvent[]) => Answer;
}

export function issueOperations(
  siteUrl: string,
  store: JiraStore,
  representation: IssueRepresentation,
): IssueOperations {
  const data = () => store.data;
  const { issueSelf, issueBean } = representation;

  function addIssue(draft: NewIssue): IssueRecord {
    const stamp = store.stamp();
    const number = data().nextIssueNumber++;
    const issue: IssueRecord = {
      id: String(data().nextIssueId++),
      key: `${PROJECT.key}-${number}`,
      issueTypeId: draft.issueTypeId,
      statusId: draft.statusId ?? INITIAL_STATUS.id,
      summary: draft.summary,
      description: draft.description ?? null,
      labels: draft.labels,
      duedate: draft.duedate,
      assigneeAccountId: draft.assigneeAccountId,
      reporterAccountId: draft.reporterAccountId,
      createdMs: stamp,
      updatedMs: stamp,
      properties: structuredClone(draft.properties),
      remoteLinks: [],
    };
    data().issues.push(issue);
    return issue;
  }

  /** Records one change of an issue (a later `updated`, a changelog id) and its event. */
  function changed(issue: IssueRecord, items: ChangeItem[], actor: string, previousStatusId?: string) {
    issue.updatedMs = store.stamp();
    const changelogId = data().nextChangelogId++;
    store.save();
    return issueUpdatedEvent(siteUrl, issue, { changelogId, items, actor, previousStatusId });
  }

  function createOne(body: unknown, caller: string | undefined): Answer & { issue?: IssueRecord } {
    const check = checkCreate(body, caller);
    if (!check.ok) return errorAnswer(check.status, check.errorMessages, check.errors);
    const issue = addIssue({ ...check.draft, reporterAccountId: caller ?? APP_ACCOUNT_ID });
    return { status: 201, body: { id: issue.id, key: issue.key, self: issueSelf(issue) }, issue };
  }

  function bulkCreate(body: unknown, caller: string | undefined): Answer {
    const updates = isObject(body) ? body.issueUpdates : undefined;
    if (!Array.isArray(updates) || updates.length === 0)
      return errorAnswer(400, ['Bulk create needs at least one issue in issueUpdates.']);
    if (updates.length > MAX_BULK)
      return errorAnswer(400, [
        `Bulk create is limited to ${MAX_BULK} issues, and this request has ${updates.length}.`,
      ]);
    const issues: unknown[] = [];
    const errors: unknown[] = [];
    updates.forEach((update, index) => {
      const answer = createOne(update, caller);
      if (answer.issue) issues.push(answer.body);
      else
        errors.push({
          status: answer.status,
          elementErrors: answer.body,
          failedElementNumber: index,
        });
    });
    return { status: issues.length > 0 ? 201 : 400, body: { issues, errors } };
  }

  function getIssue(issue: IssueRecord, url: URL): Answer {
    const selection = selectFields(splitList(url.searchParams.getAll('fields')), '*all');
    const properties = splitList(url.searchParams.getAll('properties'));
    const bean = issueBean(
      issue,
      { ...selection, keyAsked: true },
      properties,
      'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    );
    return { status: 200, body: bean };
  }

  function setProperty(issue: IssueRecord, key: string, value: unknown): Answer {
    if (key.length > 255)
      return errorAnswer(400, ['The property key can not be longer than 255 characters.']);
    if (value === undefined) return errorAnswer(400, ['The property value is required.']);
    if (JSON.stringify(value).length > PROPERTY_VALUE_LIMIT)
      return errorAnswer(400, [
        `The property value can not be longer than ${PROPERTY_VALUE_LIMIT} characters.`,
      ]);
    const existed = Object.hasOwn(issue.properties, key);
    issue.properties[key] = structuredClone(value);
    store.save();
    return { status: existed ? 200 : 201 };
  }

  /**
   * Edit issue, for the fields the app changes (the due date). Jira answers 204, and a field it does not know or
   * the edit screen lacks is a 400 naming it. The change is an `issue_updated` event like any other.
   */
  function editIssue(issue: IssueRecord, body: unknown, actor: string, events: ProductEvent[]): Answer {
    const details = isObject(body) ? body : {};
    const fields = isObject(details.fields) ? details.fields : {};
    const refused = [
      ...Object.keys(fields).filter((name) => name !== 'duedate'),
      ...Object.keys(isObject(details.update) ? details.update : {}),
    ];
    if (refused.length > 0)
      return errorAnswer(
        400,
        [],
        Object.fromEntries(
          refused.map((name) => [
            name,
            `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`,
          ]),
        ),
      );
    if (!('duedate' in fields)) return { status: 204 };
    const due = fields.duedate;
    if (due !== null && (typeof due !== 'string' || !isCalendarDate(due)))
      return errorAnswer(400, [], { duedate: `Error parsing date string: ${JSON.stringify(due)}` });
    if (due === issue.duedate) return { status: 204 };
    const item: ChangeItem = {
      field: 'duedate',
      fieldtype: 'jira',
      fieldId: 'duedate',
      from: issue.duedate,
      fromString: issue.duedate ? `${issue.duedate} 00:00:00.0` : null,
      to: due,
      toString: due ? `${due} 00:00:00.0` : null,
    };
    issue.duedate = due;
    events.push(changed(issue, [item], actor));
    return { status: 204 };
  }

  return { addIssue, changed, createOne, bulkCreate, getIssue, setProperty, editIssue };
}
