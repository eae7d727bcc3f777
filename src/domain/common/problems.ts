/**
 * A problem with a definition, at a field path (the contract's INVALID_PAYLOAD issues). `reason` names the problem
 * (a key of src/shared/reasons.ts, which words it); the domain itself never words anything for users.
 */
export interface DefinitionProblem<R extends string = DefinitionReason> {
  path: string;
  reason: R;
  params?: Record<string, string>;
}

export type DefinitionReason =
  | 'campaign.departmentIdTaken'
  | 'campaign.inTwoDepartments'
  | 'campaign.buyerTwice'
  | 'campaign.notADepartment'
  | 'roles.noAdmin'
  | 'roles.lastAdmin';
