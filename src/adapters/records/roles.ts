import { z } from 'zod';
import type { RoleSettings } from '../../domain/roles';
import { addVersion, type RecordKind } from './record';

/** `settings:roles`. */
const rolesRecordSchema = z.object({
  schemaVersion: z.literal(1),
  admins: z.array(z.string()),
  team: z.array(z.string()),
  quality: z.array(z.string()),
  revision: z.number().int().min(0),
});
export type RolesRecord = z.infer<typeof rolesRecordSchema>;

export const ROLES_RECORD: RecordKind<RolesRecord> = {
  name: 'roles',
  version: 1,
  schema: rolesRecordSchema,
  migrations: { 0: addVersion },
};

export const toRolesRecord = (settings: RoleSettings): RolesRecord => ({ schemaVersion: 1, ...settings });
export const fromRolesRecord = ({ schemaVersion: _version, ...settings }: RolesRecord): RoleSettings =>
  settings;
