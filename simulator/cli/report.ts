import type { ReplicatedResult } from '../replicate';
import type { SimulationResult } from '../result';
import { describeCutShort } from '../cut-short';
import { fmt, formatTable, pct } from './table';

/** The human-readable report of one run: entry KPIs, nodes, queues, cascade, conservation. */
export function formatResult(r: SimulationResult): string {
  const out: string[] = [];
  out.push(
    `variant ${r.variant} · scenario ${r.scenario} · seed ${r.seed} · ${fmt(r.simulatedS)} s simulated · ` +
      `${fmt(r.events)} events in ${fmt(r.wallMs)} ms`,
  );
  if (r.cutShort) out.push(`CUT SHORT: ${describeCutShort(r.cutShort)}`);
  for (const f of r.skippedFaults)
    out.push(`fault skipped: faults[${f.index}] (${f.type} of ${f.node}): ${f.reason}`);
  const e = r.entry;
  const done = e.succeeded + e.failed;
  out.push('');
  out.push(
    formatTable(
      [
        'entry',
        'requests',
        'succeeded',
        'failed',
        'error rate',
        'mean ms',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
      ],
      [
        [
          'requests',
          fmt(e.requests),
          fmt(e.succeeded),
          fmt(e.failed),
          pct(done > 0 ? e.failed / done : 0),
          fmt(e.latencyMs.mean),
          fmt(e.latencyMs.p50),
          fmt(e.latencyMs.p95),
          fmt(e.latencyMs.p99),
          fmt(e.latencyMs.max),
        ],
        [
          'completion',
          '',
          '',
          '',
          '',
          fmt(r.completion.latencyMs.mean),
          fmt(r.completion.latencyMs.p50),
          fmt(r.completion.latencyMs.p95),
          fmt(r.completion.latencyMs.p99),
          fmt(r.completion.latencyMs.max),
        ],
      ],
    ),
  );
  const errs = Object.entries(e.errors).filter(([, n]) => n > 0);
  if (errs.length > 0) out.push(`errors: ${errs.map(([k, n]) => `${k} ${fmt(n)}`).join(', ')}`);
  const nodes = Object.entries(r.nodes);
  if (nodes.length > 0) {
    out.push('');
    out.push(
      formatTable(
        [
          'node',
          'arrivals',
          'served',
          'rejected',
          'failed',
          'timeouts',
          'util',
          'mean queue',
          'max queue',
          'p99 ms',
        ],
        nodes.map(([id, n]) => [
          id,
          fmt(n.arrivals),
          fmt(n.served),
          fmt(n.rejected),
          fmt(n.failed),
          fmt(n.timeouts),
          pct(n.utilization),
          fmt(n.meanQueueLength),
          fmt(n.maxQueueLength),
          fmt(n.latencyMs.p99),
        ]),
      ),
    );
  }
  const queues = Object.entries(r.queues);
  if (queues.length > 0) {
    out.push('');
    out.push(
      formatTable(
        [
          'queue',
          'published',
          'refused',
          'delivered',
          'acked',
          'dead',
          'dups',
          'max backlog',
          'final',
          'age p99 ms',
        ],
        queues.map(([id, q]) => [
          id,
          fmt(q.published),
          fmt(q.refused),
          fmt(q.delivered),
          fmt(q.acked),
          fmt(q.deadLettered),
          fmt(q.duplicates),
          fmt(q.maxBacklog),
          fmt(q.finalBacklog),
          fmt(q.messageAgeMs.p99),
        ]),
      ),
    );
  }
  out.push('');
  out.push(
    r.cascade.length === 0
      ? 'cascade: none (no node saturated or failing)'
      : `cascade: ${r.cascade
          .map(
            (c) =>
              `${c.node} (${c.saturatedAtS !== null ? `saturated ${fmt(c.saturatedAtS)} s` : ''}${c.saturatedAtS !== null && c.failingAtS !== null ? ', ' : ''}${c.failingAtS !== null ? `failing ${fmt(c.failingAtS)} s` : ''})`,
          )
          .join(' → ')}`,
  );
  const c = r.conservation;
  out.push(
    `conservation: generated ${fmt(c.generated)} = succeeded ${fmt(c.succeeded)} + failed ${fmt(c.failed)} + dead-lettered ${fmt(c.deadLettered)} + in flight ${fmt(c.inFlight)}`,
  );
  return out.join('\n');
}

/** Replications: each KPI's mean and 95 % confidence half-width. */
export function formatReplications(rep: ReplicatedResult): string {
  const rows = Object.entries(rep.kpis).map(([k, v]) => [k, fmt(v.mean, 3), `± ${fmt(v.ci95, 3)}`]);
  return `${rep.runs.length} replications (seeds ${rep.runs.map((r) => r.seed).join(', ')}), means with 95% confidence intervals:\n${formatTable(['kpi', 'mean', '95% CI'], rows)}`;
}
