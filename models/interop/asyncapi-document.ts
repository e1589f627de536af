// Reading an AsyncAPI 3.x document: parsing (YAML or JSON) and following local $refs.
import { parse } from 'yaml';
import { ImportIssue } from './import-issue';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

/** `#/channels/orders` → ['channels', 'orders'] (JSON pointer, with ~1 and ~0 unescaped). */
export function refPath(value: unknown): string[] | null {
  const ref = asObject(value)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return null;
  return ref
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows local $refs (a few hops at most, so a reference loop cannot hang the import). */
export function resolve(doc: Json, value: unknown): Json | null {
  let cur: unknown = value;
  for (let hop = 0; hop < 8; hop++) {
    const path = refPath(cur);
    if (!path) return asObject(cur);
    cur = doc;
    for (const key of path) cur = asObject(cur)?.[key];
  }
  return null;
}

export function parseAsyncApi(text: string): Json {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ImportIssue(
      '(document)',
      `is neither YAML nor JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    );
  }
  const root = asObject(doc);
  if (!root || typeof root.asyncapi !== 'string')
    throw new ImportIssue('asyncapi', 'is missing: not an AsyncAPI document');
  if (!root.asyncapi.startsWith('3.')) {
    throw new ImportIssue(
      'asyncapi',
      `is "${root.asyncapi}": only AsyncAPI 3.x documents are supported (convert 2.x with the AsyncAPI converter)`,
    );
  }
  return root;
}
