/** Participation rates per department and portfolio, with the minimum group size (suppressed). */
export * from './participation';
