import { countNoun } from './count-noun';
import type { Autoscale } from './schema/autoscale';

/**
 * A service's replicas in words, the same on the canvas, in the inspector, the replay and the
 * CLI report: "3 replicas", or "2–10 replicas (auto)" when it autoscales.
 */
export function replicasLabel(node: { replicas: number; autoscale?: Autoscale }): string {
  const a = node.autoscale;
  if (!a) return countNoun(node.replicas, 'replica');
  return `${a.minReplicas}–${a.maxReplicas} replicas (auto)`;
}

/** What an autoscaled node scales on, in words. */
export function autoscaleBasis(a: Autoscale): string {
  return a.metric === 'utilization'
    ? `on utilisation, target ${Math.round(a.targetUtilization * 100)} %`
    : `on backlog, ${a.backlogPerReplica} messages per replica`;
}
