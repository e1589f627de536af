/**
 * A deep copy of plain JSON data (every model object is). models/ has no structuredClone: it is
 * type-checked without DOM or Node types (tsconfig.pure.json).
 */
export const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
