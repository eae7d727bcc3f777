/** The customers' weighing: ballots, the round and the values shown above the group size. */
export * from './round';
export * from './weighing';
