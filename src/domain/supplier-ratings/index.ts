/** Supplier ratings: what a save of the survey's "Suppliers you use" step may hold, and what it writes. */
export * from './ratings';
