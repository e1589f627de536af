/** ['variants', 0, 'nodes', 3, 'concurrency'] → "variants[0].nodes[3].concurrency" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
