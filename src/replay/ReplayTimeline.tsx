// The replay's timeline: play/pause, a scrubber over the simulated time, and the spike and the
// faults marked along it so that the viewer sees what happens when.
import { useEffect, useEffectEvent } from 'react';
import type { TimeMarker } from '../charts/TimeMarker';
import { formatClock } from '../results/format';
import { ReplayMarkers } from './ReplayMarkers';

interface ReplayTimelineProps {
  durationS: number;
  atS: number;
  onSeek: (s: number) => void;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  markers: readonly TimeMarker[];
  step: number;
  /** Wall-clock seconds a full playback takes. */
  playbackS?: number;
}

export function ReplayTimeline(props: ReplayTimelineProps) {
  const { durationS, atS, onSeek, playing, onPlayingChange, markers, step, playbackS = 15 } = props;
  // Reads the latest time and callbacks on each frame without restarting the animation loop.
  const advance = useEffectEvent((dtS: number): boolean => {
    const next = atS + dtS * (durationS / playbackS);
    if (next >= durationS) {
      onSeek(durationS);
      onPlayingChange(false);
      return false;
    }
    onSeek(next);
    return true;
  });

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number): void => {
      const more = advance((now - last) / 1000);
      last = now;
      if (more) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  return (
    <div className="replay-timeline" role="group" aria-label="Replay timeline">
      <button
        type="button"
        className="replay-play"
        onClick={() => {
          if (!playing && atS >= durationS) onSeek(0);
          onPlayingChange(!playing);
        }}
        aria-label={playing ? 'Pause replay' : 'Play replay'}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <div className="replay-track">
        <ReplayMarkers markers={markers} durationS={durationS} />
        <input
          type="range"
          className="replay-scrubber"
          aria-label="Replay time"
          aria-valuetext={`${formatClock(atS)} of ${formatClock(durationS)}`}
          min={0}
          max={durationS}
          step={step}
          value={atS}
          onChange={(e) => {
            onPlayingChange(false);
            onSeek(Number(e.currentTarget.value));
          }}
        />
      </div>
      <output className="replay-time" aria-live="off">
        {formatClock(atS)} / {formatClock(durationS)}
      </output>
    </div>
  );
}
