// The runs to keep across a reload, with fingerprints a reloaded project can match. A run is
// stale when its fingerprint differs from the project's now; after a reload the project is the
// autosave's text read back, so a valid run is stamped with the fingerprint of exactly that
// (the project saved and loaded), and a run already stale is stamped so that it stays stale.
import { loadProject } from '../../models/load';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { runFingerprint } from './fingerprint';
import { isStale, type RunRecord } from './runs-store';

/** A fingerprint no project has: the run was out of date when it was kept. */
export const STALE_FINGERPRINT = '\u0000stale';

/** The project as a reload will see it: saved as text and read back. */
export function asReloaded(project: Project): Project {
  const r = loadProject(serializeProject(project));
  return r.ok ? r.project : project;
}

export function lastingResults(
  results: Readonly<Record<string, RunRecord>>,
  project: Project,
): Record<string, RunRecord> {
  const reloaded = asReloaded(project);
  const kept: Record<string, RunRecord> = {};
  for (const [key, record] of Object.entries(results)) {
    const fingerprint = isStale(record, project)
      ? STALE_FINGERPRINT
      : runFingerprint(reloaded, record.variant, record.scenario);
    kept[key] = { ...record, fingerprint };
  }
  return kept;
}
