/** The supplier model: criteria with whole weights summing to 100, the comment rule, versions, standing bands. */
export * from './model';
export * from './versions';
export * from './bands';
