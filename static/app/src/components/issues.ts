/**
 * Server-side validation (`INVALID_PAYLOAD` issues, paths like `campaign.audience.departments.0.name`) mapped onto
 * the fields an editor renders: each issue goes to the deepest rendered field whose path is a prefix of the issue's
 * path; the rest are listed above the form, so no message is ever lost. Messages are translated (api/errors.ts).
 */
import type { AppError } from '@shared/result';
import { describeIssue } from '../api/errors';
import type { Translate } from '../app/i18n';

export type FieldErrors = Record<string, string>;

export interface UnmatchedIssue {
  path: string;
  message: string;
}

export interface MappedIssues {
  fields: FieldErrors;
  unmatched: UnmatchedIssue[];
}

const isPrefix = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}.`);

export function mapIssues(
  error: AppError,
  root: string,
  fieldPaths: readonly string[],
  t: Translate,
): MappedIssues {
  const fields: FieldErrors = {};
  const unmatched: UnmatchedIssue[] = [];
  const byDepth = [...fieldPaths].sort((a, b) => b.length - a.length);
  for (const issue of error.issues ?? []) {
    const path = issue.path.startsWith(`${root}.`) ? issue.path.slice(root.length + 1) : issue.path;
    const message = describeIssue(issue, t);
    const field = byDepth.find((candidate) => isPrefix(candidate, path));
    if (field) fields[field] ??= message;
    else unmatched.push({ path, message });
  }
  return { fields, unmatched };
}
