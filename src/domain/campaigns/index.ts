/** Campaigns: definition rules, lifecycle planners and the campaign-access policy. */
export * from './campaign';
export * from './lifecycle';
export * from './access';
