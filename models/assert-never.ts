/**
 * The `default` of a switch that must handle every member of a union: when a member is added
 * (a node kind, a family, an edge kind), the call no longer type-checks until a case handles it.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
