// TEMPORARY until models/serialize.ts lands: the project as JSON text.
import type { Project } from '../../models/types';

export function serialize(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}
