// The replay of one run: scrub or play through the simulated time and watch the graph.
import { isClient } from '../../models/kinds/guards';
import { useEffect, useMemo, useState } from 'react';
import type { Scenario, Variant } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import { utilisationColour } from '../charts/palette';
import { CascadeList } from '../results/CascadeList';
import { scenarioMarkers } from '../results/scenario-markers';
import { replayCaption } from './replay-caption';
import { peakMomentS, replayFrame } from './replay-frame';
import { ReplayGraph } from './ReplayGraph';
import { useReplayOverlayStore } from './replay-overlay-store';
import { ReplayTimeline } from './ReplayTimeline';
import './replay.css';

interface ReplayPanelProps {
  result: SimulationResult;
  variant: Variant;
  scenario: Scenario;
  nodeName: (id: string) => string;
}

export function ReplayPanel({ result, variant, scenario, nodeName }: ReplayPanelProps) {
  const [atS, setAtS] = useState(() => peakMomentS(result));
  const [playing, setPlaying] = useState(false);
  const frame = useMemo(() => replayFrame(result, variant, atS), [result, variant, atS]);
  const markers = useMemo(() => scenarioMarkers(scenario, nodeName), [scenario, nodeName]);
  const show = useReplayOverlayStore((s) => s.show);
  const hide = useReplayOverlayStore((s) => s.hide);
  useEffect(() => show(variant.id, frame), [show, variant.id, frame]);
  useEffect(() => hide, [hide]);

  return (
    <section className="replay" aria-label={`Replay of ${variant.name}`}>
      <ReplayTimeline
        durationS={result.simulatedS}
        atS={atS}
        onSeek={setAtS}
        playing={playing}
        onPlayingChange={setPlaying}
        markers={markers}
        step={result.series.bucketS / 4}
      />
      <p className="replay-caption" aria-live="polite" data-testid="replay-caption">
        {replayCaption(
          frame,
          markers,
          frame.nodes[variant.nodes.find(isClient)?.id ?? '']?.errorRate ?? null,
        )}
      </p>
      <div className="replay-body">
        <ReplayGraph
          variant={variant}
          frame={frame}
          label={`${variant.name} at the chosen moment`}
        />
        <aside className="replay-side">
          <ReplayLegend />
          <h4>Cascade</h4>
          <CascadeList cascade={result.cascade} nodeName={nodeName} atS={atS} />
        </aside>
      </div>
    </section>
  );
}

function ReplayLegend() {
  return (
    <div className="replay-legend" aria-label="How to read the replay">
      <div className="replay-legend-scale">
        <span>idle</span>
        {[0, 0.25, 0.5, 0.75, 1].map((u) => (
          <span
            key={u}
            className="replay-legend-swatch"
            style={{ background: utilisationColour(u) }}
          />
        ))}
        <span>all workers busy</span>
      </div>
      <ul>
        <li>
          <span className="replay-legend-ring replay-state-saturated" /> saturated: requests wait
          for a worker
        </li>
        <li>
          <span className="replay-legend-ring replay-state-failing" /> failing: requests fail or
          time out
        </li>
        <li>Thicker lines carry more traffic; dashed lines are messages.</li>
        <li>A queue's bar fills with the messages waiting in it.</li>
      </ul>
    </div>
  );
}
