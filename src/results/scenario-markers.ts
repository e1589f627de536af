// What to highlight on the time axis of a run's charts and of the replay: the warm-up, each spike
// of the load and each fault.
import type { Scenario } from '../../models/types';
import type { TimeMarker } from '../charts/TimeMarker';
import { faultLabel } from '../charts/fault-label';

export function scenarioMarkers(
  scenario: Scenario,
  nodeName: (id: string) => string,
): TimeMarker[] {
  const markers: TimeMarker[] = [];
  scenario.load.forEach((l, i) => {
    if (l.shape.type !== 'spike') return;
    const { startS, rampS, holdS } = l.shape;
    markers.push({
      id: `spike-${i}`,
      label: scenario.load.length > 1 ? `spike (${nodeName(l.client)})` : 'spike',
      startS,
      endS: Math.min(scenario.durationS, startS + 2 * rampS + holdS),
      kind: 'spike',
    });
  });
  scenario.faults.forEach((f, i) => {
    markers.push({
      id: `fault-${i}`,
      label: faultLabel(f, nodeName),
      startS: f.startS,
      endS: f.endS,
      kind: 'fault',
    });
  });
  return markers;
}
