export { createKvsService } from './service';
export type {
  KvsService,
  KvsServiceOptions,
  KvsConsistency,
  KvsResponse,
  KvsDump,
  KvsDumpItem,
} from './service';
export { kvsBehaviourFromEnv, describeBehaviour } from './consistency';
export type { KvsBehaviour, StaleReadOptions } from './consistency';
export { loadEntitiesFromManifest, parseEntities } from './manifest';
export type { EntityDefinition, EntityIndex, AttributeType } from './manifest';
export { KvsFaults } from './faults';
export type { FaultRule } from './faults';
export { ManualClock } from './clock';
export { KvsHttpError, errors as kvsErrors } from './errors';
export { LIMITS as KVS_LIMITS } from './validation';
