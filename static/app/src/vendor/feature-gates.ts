/**
 * Stand-in for `@atlaskit/feature-gate-js-client/feature-gates` (aliased in vite.config.ts).
 *
 * Atlaskit components ask Atlassian's internal Statsig client whether experimental behaviour is on. Inside a Forge
 * iframe that client is never initialised, so the real module answers "off / default" for every gate anyway; this
 * stub gives the same answers without shipping ~110 kB of Statsig code in every module.
 */
const FeatureGates = {
  checkGate: (_gate: string): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T => defaultValue,
  initializeCompleted: (): boolean => false,
  hasCheckGateErrorOccurred: (): boolean => false,
  hasGetExperimentValueErrorOccurred: (): boolean => false,
};

export default FeatureGates;
