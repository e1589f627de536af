// The first-hour checklist: four things a new user does once (draw, transform, simulate,
// compare), each ticked when it happens, remembered in this browser, until the user dismisses
// the card (Help › Getting started brings it back).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type StartStep = 'draw' | 'transform' | 'simulate' | 'compare';

export const START_STEPS: readonly StartStep[] = ['draw', 'transform', 'simulate', 'compare'];

interface GettingStartedState {
  dismissed: boolean;
  done: Record<StartStep, boolean>;
  markDone: (step: StartStep) => void;
  dismiss: () => void;
  reopen: () => void;
}

const NONE_DONE: Record<StartStep, boolean> = {
  draw: false,
  transform: false,
  simulate: false,
  compare: false,
};

export const useGettingStarted = create<GettingStartedState>()(
  persist(
    (set, get) => ({
      dismissed: false,
      done: NONE_DONE,
      markDone: (step) => {
        if (!get().done[step]) set((s) => ({ done: { ...s.done, [step]: true } }));
      },
      dismiss: () => set({ dismissed: true }),
      reopen: () => set({ dismissed: false }),
    }),
    {
      name: 'spillway.getting-started.v1',
      partialize: (s) => ({ dismissed: s.dismissed, done: s.done }),
    },
  ),
);

/** Ticks a step of the checklist (cheap when it is ticked already). */
export const markStartStep = (step: StartStep): void => useGettingStarted.getState().markDone(step);
