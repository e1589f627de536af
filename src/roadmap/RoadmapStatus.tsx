// The Roadmap view's status line while it simulates, and its Cancel button: the only part of the
// view that follows the progress, so that a progress update (up to ten a second) re-renders this
// line and not the step cards and charts.
import { useStore, type StoreApi } from 'zustand';

export type RoadmapStatusStore = StoreApi<{ text: string | null }>;

export function RoadmapStatus({
  store,
  onCancel,
}: {
  store: RoadmapStatusStore;
  onCancel: () => void;
}) {
  const text = useStore(store, (s) => s.text);
  if (text === null) return null;
  return (
    <>
      <span role="status">{text}</span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
