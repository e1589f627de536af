// TEMPORARY until models/serialize.ts lands: the project as JSON text with sorted keys, so equal projects give equal text.
import type { Project } from '../../models/types';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function serialize(project: Project): string {
  return `${JSON.stringify(sortKeys(project), null, 2)}\n`;
}
