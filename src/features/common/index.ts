/** Guards and helpers several slices share: campaign access (the one policy's guard), the macro binding, the
 * respondent key, answers, models and people's names. */
export * from './access';
export * from './answers';
export * from './guards';
export * from './models';
export * from './people';
