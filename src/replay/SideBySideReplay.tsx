// Compare's replay: both variants at the same simulated moment under one scrubber, in two panes
// of one width, drawn at one scale (side-by-side-fit.ts) so that the two graphs read alike.
import { isClient } from '../../models/kinds/guards';
import { useMemo, useState } from 'react';
import type { Variant } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import type { TimeMarker } from '../charts/TimeMarker';
import { useElementWidth } from '../charts/useElementWidth';
import { replayCaption } from './replay-caption';
import { replayFrame } from './replay-frame';
import { ReplayGraph } from './ReplayGraph';
import { ReplayTimeline } from './ReplayTimeline';
import { sideBySideFit } from './side-by-side-fit';
import './replay.css';

/** Gap between the two panes (replay.css: .side-by-side-panes). */
const GAP_PX = 16;

interface SideBySideReplayProps {
  sides: readonly { variant: Variant; result: SimulationResult }[];
  atS: number;
  onSeek: (s: number) => void;
  markers: readonly TimeMarker[];
  step: number;
}

export function SideBySideReplay({ sides, atS, onSeek, markers, step }: SideBySideReplayProps) {
  const [playing, setPlaying] = useState(false);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const paneWidth = Math.max(0, Math.floor((width - GAP_PX * (sides.length - 1)) / sides.length));
  const variants = useMemo(() => sides.map((s) => s.variant), [sides]);
  const fit = useMemo(() => sideBySideFit(paneWidth, variants), [paneWidth, variants]);
  const durationS = Math.max(...sides.map((s) => s.result.simulatedS));
  return (
    <div className="side-by-side-replay" data-testid="side-by-side-replay">
      <div className="side-by-side-timeline">
        <ReplayTimeline
          durationS={durationS}
          atS={atS}
          onSeek={onSeek}
          playing={playing}
          onPlayingChange={setPlaying}
          markers={markers}
          step={step}
        />
      </div>
      <div className="side-by-side-panes" ref={ref}>
        {sides.map(({ variant, result }) => (
          <SidePane
            key={variant.id}
            variant={variant}
            result={result}
            atS={atS}
            markers={markers}
            fit={fit}
          />
        ))}
      </div>
    </div>
  );
}

function SidePane({
  variant,
  result,
  atS,
  markers,
  fit,
}: {
  variant: Variant;
  result: SimulationResult;
  atS: number;
  markers: readonly TimeMarker[];
  fit: ReturnType<typeof sideBySideFit>;
}) {
  const frame = useMemo(() => replayFrame(result, variant, atS), [result, variant, atS]);
  const client = variant.nodes.find(isClient)?.id ?? '';
  return (
    <div className="compare-replay" data-variant={variant.id}>
      <h4>{variant.name}</h4>
      <p className="replay-caption" data-testid="side-replay-caption">
        {replayCaption(frame, markers, frame.nodes[client]?.errorRate ?? null)}
      </p>
      <ReplayGraph
        variant={variant}
        frame={frame}
        label={`${variant.name} at the chosen moment`}
        fit={fit}
      />
    </div>
  );
}
