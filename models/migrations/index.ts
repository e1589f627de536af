import { CURRENT_VERSION } from '../schema/project';
import type { Migration } from './migration';
import { v0ToV1 } from './v0-to-v1';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';
import { v3ToV4 } from './v3-to-v4';
import { v4ToV5 } from './v4-to-v5';

/** Every migration, in order: MIGRATIONS[i] turns version i into version i + 1. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3, v3ToV4, v4ToV5];

export const OLDEST_VERSION = CURRENT_VERSION - MIGRATIONS.length;

/** Applies the migrations from `version` up to the current version, oldest first. */
export function upgrade(
  document: Record<string, unknown>,
  version: number,
): { document: Record<string, unknown>; applied: Migration[] } {
  let current = document;
  const applied: Migration[] = [];
  for (const migration of MIGRATIONS.slice(version - OLDEST_VERSION)) {
    current = migration.migrate(current);
    applied.push(migration);
  }
  return { document: current, applied };
}
