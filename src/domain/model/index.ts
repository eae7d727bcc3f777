/** The evaluation model: its shape, scale and criteria, and how a save becomes a version. */
export * from './model';
export * from './versions';
