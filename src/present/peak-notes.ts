import type { DiagramNote } from '../../models/roadmap/svg-variant';
import type { SimulationResult } from '../../simulator/result';

/** The worst moment of the replay: the time bucket with the highest p99 latency. */
export function peakBucket(r: SimulationResult): number {
  let best = 0;
  r.series.p99Ms.forEach((v, i) => {
    if (v > (r.series.p99Ms[best] ?? -1)) best = i;
  });
  return best;
}

/** Per node, how busy it is (or how much waits in it) at the peak, for the diagram. */
export function peakNotes(r: SimulationResult): Map<string, DiagramNote> {
  const k = peakBucket(r);
  const notes = new Map<string, DiagramNote>();
  for (const [id, series] of Object.entries(r.series.utilization)) {
    const u = series[k] ?? 0;
    notes.set(id, { text: `${Math.round(u * 100)}% busy`, heat: u });
  }
  for (const [id, series] of Object.entries(r.series.backlog)) {
    const b = series[k] ?? 0;
    notes.set(id, { text: `${Math.round(b)} waiting`, heat: 0 });
  }
  return notes;
}
