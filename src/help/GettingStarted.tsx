// With nothing selected, at the top of the inspector until dismissed: a welcome, the examples,
// and a one-minute path through the tool (draw, transform, simulate, compare) whose steps tick
// themselves as the user does them. "Show me" takes the user to the place of each step.
import { allNodeIds } from '../../models/elements/all-node-ids';
import { TRANSFORMATIONS } from '../../models/transformations/catalogue';
import { getActiveVariant } from '../store/active-variant';
import { getProject } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { START_STEPS, useGettingStarted, type StartStep } from './getting-started-store';
import './getting-started.css';

interface StepText {
  title: string;
  how: string;
  show: () => void;
}

/** Moves the keyboard focus to a control and outlines it for a moment. */
function point(selector: string): void {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  target.focus();
  target.classList.add('start-pointed');
  setTimeout(() => target.classList.remove('start-pointed'), 2000);
}

const DECOUPLE = TRANSFORMATIONS.find((t) => t.name === 'decoupleThroughQueue')!;

/** The id of the active variant's first edge that "Decouple through a queue" applies to. */
function firstDecouplableCall(): string | undefined {
  const variant = getActiveVariant();
  const taken = allNodeIds(getProject());
  return variant.edges.find((e) => {
    try {
      DECOUPLE.build(variant, e.id, taken);
      return true;
    } catch {
      return false;
    }
  })?.id;
}

const STEPS: Record<StartStep, StepText> = {
  draw: {
    title: 'Draw',
    how: 'Add a service from the palette, then drag from a node’s right handle to another node to connect them.',
    show: () => point('button[aria-label="Add service"]'),
  },
  transform: {
    title: 'Transform',
    how: 'Select a call and choose “Decouple through a queue” in the Transform menu: the change is recorded as a roadmap step.',
    show: () => {
      // The menu is enabled by a selection: select the first call the step's transformation
      // applies to (the catalogue's own rule), then point at the menu.
      const call = firstDecouplableCall();
      if (call) useUiStore.getState().select({ nodes: [], edges: [call] });
      setTimeout(() => point('[data-testid="transform-menu"]'), 0);
    },
  },
  simulate: {
    title: 'Simulate',
    how: 'Open Simulate and press Run simulation: latency, saturation and the cascade of a traffic spike.',
    show: () => useUiStore.getState().setView('simulate'),
  },
  compare: {
    title: 'Compare',
    how: 'Open Compare and run both variants: the as-is and the to-be side by side on the same spike.',
    show: () => useUiStore.getState().setView('compare'),
  },
};

export function GettingStarted() {
  const done = useGettingStarted((s) => s.done);
  const dismissed = useGettingStarted((s) => s.dismissed);
  if (dismissed) return null;
  const count = START_STEPS.filter((s) => done[s]).length;
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h3 id="getting-started-title" className="getting-started-title">
        Getting started
      </h3>
      <p className="getting-started-intro">
        Draw the system as it is and as you want it, replay a spike against both, and take the
        roadmap to stakeholders. The example open now is yours to change; four steps take about a
        minute ({count} of 4 done).
      </p>
      <ol className="getting-started-steps">
        {START_STEPS.map((step) => (
          <li key={step} className={done[step] ? 'start-step start-done' : 'start-step'}>
            <span className="start-mark" aria-hidden="true">
              {done[step] ? '✓' : START_STEPS.indexOf(step) + 1}
            </span>
            <span className="start-text">
              <strong>{STEPS[step].title}</strong>
              {done[step] && <span className="visually-hidden"> (done)</span>}: {STEPS[step].how}
            </span>
            <button
              type="button"
              className="button start-show"
              aria-label={`Show me: ${STEPS[step].title}`}
              onClick={STEPS[step].show}
            >
              Show me
            </button>
          </li>
        ))}
      </ol>
      <div className="getting-started-actions">
        <button
          type="button"
          className="button"
          onClick={() => useUiStore.getState().openDialog('examples')}
        >
          Open an example…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => useGettingStarted.getState().dismiss()}
        >
          Dismiss
        </button>
      </div>
    </section>
  );
}
