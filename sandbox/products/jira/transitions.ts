/** Workflow: the transitions an issue has (every other status, as PROC's global transitions), and doing one. */
import type { ProductEvent } from '../../events/triggers';
import { errorAnswer, isObject, type Answer } from './answers';
import type { ChangeItem } from './events';
import type { IssueOperations } from './issues';
import { statusById, STATUSES, statusJson, type JiraStatus } from './model';
import type { IssueRecord } from './store';

export interface Transitions {
  /** Moves an issue to a status: its change event, or undefined when it is there already. */
  moveTo: (issue: IssueRecord, status: JiraStatus, actor: string) => ProductEvent | undefined;
  transitionsOf: (issue: IssueRecord, url: URL) => Answer;
  doTransition: (issue: IssueRecord, body: unknown, actor: string, events: ProductEvent[]) => Answer;
}

export function transitions(siteUrl: string, { changed }: Pick<IssueOperations, 'changed'>): Transitions {
  function moveTo(issue: IssueRecord, status: JiraStatus, actor: string): ProductEvent | undefined {
    const previous = statusById(issue.statusId)!;
    if (previous.id === status.id) return undefined;
    issue.statusId = status.id;
    const item: ChangeItem = {
      field: 'status',
      fieldtype: 'jira',
      fieldId: 'status',
      from: previous.id,
      fromString: previous.name,
      to: status.id,
      toString: status.name,
    };
    return changed(issue, [item], actor, previous.id);
  }

  function transitionsOf(issue: IssueRecord, url: URL): Answer {
    const only = url.searchParams.get('transitionId');
    const transitions = STATUSES.filter((status) => status.id !== issue.statusId)
      .filter((status) => !only || status.transition.id === only)
      .map((status) => ({
        id: status.transition.id,
        name: status.transition.name,
        to: statusJson(siteUrl, status),
        hasScreen: false,
        isGlobal: true,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        isLooped: false,
      }));
    return { status: 200, body: { expand: 'transitions', transitions } };
  }

  function doTransition(issue: IssueRecord, body: unknown, actor: string, events: ProductEvent[]): Answer {
    const details = isObject(body) ? body : {};
    const transition = isObject(details.transition) ? details.transition : {};
    const id =
      typeof transition.id === 'string' || typeof transition.id === 'number'
        ? String(transition.id)
        : undefined;
    const target = STATUSES.find((status) => status.id !== issue.statusId && status.transition.id === id);
    if (!target) return errorAnswer(400, [`Transition id '${id ?? ''}' is not valid for this issue.`]);
    const fieldNames = [
      ...Object.keys(isObject(details.fields) ? details.fields : {}),
      ...Object.keys(isObject(details.update) ? details.update : {}),
    ];
    if (fieldNames.length > 0)
      return errorAnswer(
        400,
        [],
        Object.fromEntries(
          fieldNames.map((name) => [
            name,
            `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`,
          ]),
        ),
      );
    const event = moveTo(issue, target, actor);
    if (event) events.push(event);
    return { status: 204 };
  }

  return { moveTo, transitionsOf, doTransition };
}
