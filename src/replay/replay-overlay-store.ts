// The read-only "replay overlay" the canvas's node and edge components may read: while a replay
// is shown, the frame at the scrubber's time; otherwise null. The replay writes it; nothing else.
import { create } from 'zustand';
import type { EdgeFrame, NodeFrame, ReplayFrame } from './replay-frame';

interface ReplayOverlayState {
  /** Which variant the frame belongs to (the canvas shows it only on that variant). */
  variant: string | null;
  frame: ReplayFrame | null;
  show(variant: string, frame: ReplayFrame): void;
  hide(): void;
}

export const useReplayOverlayStore = create<ReplayOverlayState>()((set) => ({
  variant: null,
  frame: null,
  show: (variant, frame) => set({ variant, frame }),
  hide: () => set({ variant: null, frame: null }),
}));

export function useReplayNode(id: string): NodeFrame | null {
  return useReplayOverlayStore((s) => s.frame?.nodes[id] ?? null);
}

export function useReplayEdge(id: string): EdgeFrame | null {
  return useReplayOverlayStore((s) => s.frame?.edges[id] ?? null);
}
