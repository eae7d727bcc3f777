/**
 * Server-side validation (`INVALID_PAYLOAD` issues, paths like `campaign.audience.departments.0.name`) mapped onto
 * the fields an editor renders: each issue goes to the deepest rendered field whose path is a prefix of the issue's
 * path; the rest are listed above the form, so no message is ever lost.
 */
import type { AppError } from '@shared/result';

export type FieldErrors = Record<string, string>;

export interface MappedIssues {
  fields: FieldErrors;
  unmatched: { path: string; message: string }[];
}

const isPrefix = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}.`);

export function mapIssues(error: AppError, root: string, fieldPaths: readonly string[]): MappedIssues {
  const fields: FieldErrors = {};
  const unmatched: MappedIssues['unmatched'] = [];
  const byDepth = [...fieldPaths].sort((a, b) => b.length - a.length);
  for (const issue of error.issues ?? []) {
    const path = issue.path.startsWith(`${root}.`) ? issue.path.slice(root.length + 1) : issue.path;
    const field = byDepth.find((candidate) => isPrefix(candidate, path));
    if (field) fields[field] ??= issue.message;
    else unmatched.push({ path, message: issue.message });
  }
  return { fields, unmatched };
}
