import type { SpanKind } from './span';

/**
 * OTLP kinds arrive as numbers (proto enum) or names; Jaeger as the `span.kind` tag;
 * Zipkin as `kind`. Anything unknown is `internal`.
 */
export function spanKindFrom(raw: unknown): SpanKind {
  if (typeof raw === 'number')
    return (
      (['internal', 'internal', 'server', 'client', 'producer', 'consumer'] as const)[raw] ??
      'internal'
    );
  if (typeof raw !== 'string') return 'internal';
  const name = raw.toLowerCase().replace(/^span_kind_/, '');
  switch (name) {
    case 'server':
    case 'client':
    case 'producer':
    case 'consumer':
      return name;
    default:
      return 'internal';
  }
}
