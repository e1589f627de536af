import { flowSentence } from '../../models/figures/flow-sentence';
import { figureTextWithDenominator } from '../../models/figures/figure-text';
import { FIGURES, unfinished } from '../../models/figures/run-figures';
import { budgetText, evaluateSlo, type ObjectiveVerdict } from '../../models/slo/evaluate-slo';
import type { Slo } from '../../models/types';
import type { ReplicatedResult } from '../replicate';
import type { LatencySummary, ReplicaStats, SimulationResult } from '../result';
import { describeCutShort } from '../cut-short';
import { fmt, formatTable, pct } from './table';
import { formatCost } from './cost-text';

/** Every headline figure of the run, as every surface writes it (models/figures). */
export function formatFigures(r: SimulationResult): string {
  return formatTable(
    ['figure', 'value'],
    FIGURES.map((f) => [f.label, figureTextWithDenominator(f, r)]),
  );
}

const VERDICT = (v: ObjectiveVerdict): string =>
  v.met === true ? 'met' : v.met === false ? 'MISSED' : `not judged (${v.why})`;

/** The project's objectives on one run: the objective, what was measured, the verdict, the budget. */
export function formatVerdicts(verdicts: readonly ObjectiveVerdict[]): string {
  return formatTable(
    ['objective', 'measured', 'verdict', 'error budget burnt'],
    verdicts.map((v) => [
      v.objective,
      v.measured,
      VERDICT(v),
      v.budget ? budgetText(v.budget) : '',
    ]),
    ['left', 'left', 'left', 'left'],
  );
}

/** The human-readable report of one run: figures, latencies, objectives, nodes, queues, cascade, conservation. */
export function formatResult(r: SimulationResult, slo?: Slo): string {
  const out: string[] = [];
  out.push(
    `variant ${r.variant} · scenario ${r.scenario} · seed ${r.seed} · ${fmt(r.simulatedS)} s simulated · ` +
      `${fmt(r.events)} events in ${fmt(r.wallMs)} ms`,
  );
  if (r.cutShort) out.push(`CUT SHORT: ${describeCutShort(r.cutShort)}`);
  for (const f of r.skippedFaults)
    out.push(`fault skipped: faults[${f.index}] (${f.type} of ${f.node}): ${f.reason}`);
  const e = r.entry;
  out.push('');
  out.push(formatFigures(r));
  out.push(
    `requests ${fmt(e.requests)} = succeeded ${fmt(e.succeeded)} + failed ${fmt(e.failed)} + unanswered at the end ${fmt(unfinished(r))}`,
  );
  out.push('');
  const lat = (label: string, l: LatencySummary, n: number | ''): string[] => [
    label,
    n === '' ? '' : fmt(n),
    ...[l.mean, l.p50, l.p95, l.p99, l.max].map((v) => (n === 0 ? '-' : fmt(v))),
  ];
  out.push(
    formatTable(
      ['latency', 'requests', 'mean ms', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      [
        lat('succeeded', e.succeededLatencyMs, e.succeeded),
        lat('failed (time to fail)', e.timeToFailMs, e.failed),
        lat('every outcome', e.latencyMs, e.requests),
        lat('completion', r.completion.latencyMs, ''),
      ],
    ),
  );
  const errs = Object.entries(e.errors).filter(([, n]) => n > 0);
  if (errs.length > 0) out.push(`errors: ${errs.map(([k, n]) => `${k} ${fmt(n)}`).join(', ')}`);
  const flows = flowSentence(r.outcomes);
  if (flows) out.push(flows);
  if (slo) {
    out.push('');
    out.push(formatVerdicts(evaluateSlo(slo, r)));
  }
  const nodes = Object.entries(r.nodes);
  if (nodes.length > 0) {
    // The rate-limited column only when a limit refused something: most models have none.
    const limited = nodes.some(([, n]) => (n.rateLimited ?? 0) > 0);
    // The hits column only when the design has a cache.
    const caching = nodes.some(([, n]) => n.hits !== undefined);
    // The replicas column only when the design autoscales a node.
    const scaling = nodes.some(([, n]) => n.replicas !== undefined);
    out.push('');
    out.push(
      formatTable(
        [
          'node',
          'arrivals',
          'served',
          'rejected',
          ...(limited ? ['rate-limited'] : []),
          ...(caching ? ['cache hits'] : []),
          'failed',
          'timeouts',
          'util',
          ...(scaling ? ['replicas (auto)'] : []),
          'mean queue',
          'max queue',
          'p99 ms',
        ],
        nodes.map(([id, n]) => [
          id,
          fmt(n.arrivals),
          fmt(n.served),
          fmt(n.rejected),
          ...(limited ? [fmt(n.rateLimited ?? 0)] : []),
          ...(caching ? [n.hits === undefined ? '' : fmt(n.hits)] : []),
          fmt(n.failed),
          fmt(n.timeouts),
          pct(n.utilization),
          ...(scaling ? [n.replicas ? replicasText(n.replicas) : ''] : []),
          fmt(n.meanQueueLength),
          fmt(n.maxQueueLength),
          fmt(n.latencyMs.p99),
        ]),
      ),
    );
  }
  const queues = Object.entries(r.queues);
  if (queues.length > 0) {
    // The hottest partition's column only when the design partitions a queue or topic.
    const partitioned = queues.some(([, q]) => q.hottestPartition !== undefined);
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
          'expired',
          'dups',
          'max backlog',
          ...(partitioned ? ['hottest partition'] : []),
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
          fmt(q.expired ?? 0),
          fmt(q.duplicates),
          fmt(q.maxBacklog),
          ...(partitioned ? [q.hottestPartition ? fmt(q.hottestPartition.maxBacklog) : ''] : []),
          fmt(q.finalBacklog),
          fmt(q.messageAgeMs.p99),
        ]),
      ),
    );
  }
  if (r.cost) {
    out.push('');
    out.push(formatCost(r.cost));
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
    `conservation: generated ${fmt(c.generated)} = succeeded ${fmt(c.succeeded)} + failed ${fmt(c.failed)} + dead-lettered ${fmt(c.deadLettered)} + expired ${fmt(c.expired)} + in flight ${fmt(c.inFlight)}`,
  );
  return out.join('\n');
}

/** An autoscaled node's replicas after the warm-up: "2.4 mean, 3 max, 3 at the end". */
function replicasText(r: ReplicaStats): string {
  return `${fmt(r.mean, 2)} mean, ${fmt(r.max)} max, ${fmt(r.final)} at the end`;
}

/** Replications: each KPI's mean and 95 % confidence half-width. */
export function formatReplications(rep: ReplicatedResult): string {
  const rows = Object.entries(rep.kpis).map(([k, v]) => [k, fmt(v.mean, 3), `± ${fmt(v.ci95, 3)}`]);
  return `${rep.runs.length} replications (seeds ${rep.runs.map((r) => r.seed).join(', ')}), means with 95% confidence intervals:\n${formatTable(['kpi', 'mean', '95% CI'], rows)}`;
}
