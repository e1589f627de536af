import type { BucketFigures } from '../../models/figures/bucket-figures';
import { formatCount, formatPercent } from '../../models/figures/format-value';
import { hottestPartitionText } from '../../models/figures/hottest-partition-text';
import type { DiagramNote } from '../../models/roadmap/svg-variant';
import type { SimulationResult } from '../../simulator/result';

const STATE = ['', ', saturated', ', failing', ', saturated and failing'];

/** Per node, how busy it is (or how much waits in it) and its state in the given bucket. */
export function momentNotes(r: SimulationResult, moment: BucketFigures): Map<string, DiagramNote> {
  const k = moment.bucket;
  const notes = new Map<string, DiagramNote>();
  for (const [id, series] of Object.entries(r.series.utilization)) {
    const u = series[k] ?? 0;
    const state = STATE[r.series.nodeState[id]?.[k] ?? 0] ?? '';
    notes.set(id, { text: `${formatPercent(u)} busy${state}`, heat: u });
  }
  for (const [id, series] of Object.entries(r.series.backlog)) {
    // A partitioned queue or topic: its hottest partition then, as the replay words it.
    const hottest = r.series.hottestPartitionBacklog?.[id]?.[k];
    const text = `${formatCount(series[k] ?? 0)} waiting`;
    notes.set(id, {
      text: hottest === undefined ? text : `${text}, ${hottestPartitionText(hottest)}`,
      heat: 0,
    });
  }
  return notes;
}
