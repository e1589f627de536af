// The spike and the faults marked above the replay's scrubber, one lane each: a band over the
// marked span and its label whole, inside the band when it fits, else beside it (fault-label-
// place.ts); only when neither side has room is it shortened, the tooltip and the accessible name
// keeping the whole text.
import { placeFaultLabel } from '../charts/fault-label-place';
import type { TimeMarker } from '../charts/TimeMarker';
import { useElementWidth } from '../charts/useElementWidth';
import { textWidth } from '../export/legend-layout';
import { formatClock } from '../results/format';

/** Marker labels are drawn at 12 px in the page's font (replay.css `.replay-marker-label`). */
function labelWidth(text: string): number {
  const family =
    typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily;
  return textWidth(text, `12px ${family}`);
}

/** Height of one marker's lane (replay.css: .replay-marker-lane). */
export const MARKER_LANE_PX = 18;

export function ReplayMarkers({
  markers,
  durationS,
}: {
  markers: readonly TimeMarker[];
  durationS: number;
}) {
  const [ref, width] = useElementWidth<HTMLUListElement>();
  const at = (s: number): number => (width * Math.min(durationS, Math.max(0, s))) / durationS;
  return (
    <ul
      className="replay-markers"
      ref={ref}
      aria-label="Marked on the timeline"
      style={{ height: markers.length * MARKER_LANE_PX }}
    >
      {markers.map((m) => {
        const x0 = at(m.startS);
        const x1 = Math.max(x0 + 3, at(m.endS));
        const placed = placeFaultLabel({ x0, x1 }, { left: 0, right: width }, m.label, labelWidth);
        const full = `${m.label}: ${formatClock(m.startS)} – ${formatClock(m.endS)}`;
        return (
          <li
            key={m.id}
            className={`replay-marker-lane replay-marker-${m.kind}`}
            aria-label={full}
            title={full}
            data-testid={`replay-marker-${m.id}`}
          >
            <span className="replay-marker" style={{ left: x0, width: x1 - x0 }} />
            <span
              className="replay-marker-label"
              aria-hidden="true"
              style={placed.anchor === 'start' ? { left: placed.x } : { right: width - placed.x }}
            >
              {placed.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
