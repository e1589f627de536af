// "Run simulation" for the current variant or for both, the progress of the whole batch (every
// variant's replications, run side by side on the worker pool) with simulated time and an
// estimate of the time left, and Cancel, which stops every worker at once.
import { RunButton } from '../controls/RunButton';
import { JobEnding } from './JobEnding';
import { JobProgress } from './JobProgress';
import type { BatchProgress } from './progress';
import { useRunsStore } from './runs-store';
import { usePrestartedWorkers } from './use-prestarted-workers';
import { formatClock, formatDuration } from '../results/format';
import './simulation.css';

export type RunTarget = 'current' | 'both';

interface RunControlsProps {
  /** Omitted where the variants are chosen elsewhere (the compare view). */
  target?: RunTarget;
  onTargetChange?: (t: RunTarget) => void;
  canRunBoth?: boolean;
  /** Why nothing can run (no scenario, no variant), or null. */
  blocker: string | null;
  runLabels: readonly string[];
  onRun: () => void;
}

export function RunControls(props: RunControlsProps) {
  const { target, onTargetChange, canRunBoth, blocker, runLabels, onRun } = props;
  // Only this component follows the progress, so that its updates re-render nothing else.
  const status = useRunsStore((s) => s.status);
  const progress = useRunsStore((s) => s.progress);
  const error = useRunsStore((s) => s.error);
  const onCancel = useRunsStore((s) => s.cancel);
  const running = status === 'running';
  usePrestartedWorkers();
  return (
    <section className="run-controls" aria-label="Run">
      <div className="run-row">
        {onTargetChange && (
          <fieldset className="run-target" disabled={running}>
            <legend className="visually-hidden">Variants to run</legend>
            <label>
              <input
                type="radio"
                name="run-target"
                checked={target === 'current'}
                onChange={() => onTargetChange('current')}
              />{' '}
              Current variant
            </label>
            <label>
              <input
                type="radio"
                name="run-target"
                checked={target === 'both'}
                disabled={!canRunBoth}
                onChange={() => onTargetChange('both')}
              />{' '}
              Both variants
            </label>
          </fieldset>
        )}
        <RunButton
          running={running}
          blocker={blocker}
          onRun={onRun}
          onCancel={onCancel}
          runLabel="Run simulation"
          cancelLabel="Cancel"
        />
      </div>
      {blocker && !running && <p className="sim-field-hint">{blocker}</p>}
      {running && progress && <RunProgress progress={progress} labels={runLabels} />}
      <JobEnding
        status={status}
        error={error}
        cancelledText="Cancelled. The results shown are from the previous run."
        failedText="The simulation failed"
      />
    </section>
  );
}

/** "As-is", "As-is and To-be", "A, B and C". */
function listText(labels: readonly string[]): string {
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function RunProgress({ progress, labels }: { progress: BatchProgress; labels: readonly string[] }) {
  // Several runs go side by side on the worker pool: the count finished says how far the batch is.
  const runs = progress.runs > 1 ? ` (${progress.done} of ${progress.runs} runs done)` : '';
  return (
    <JobProgress label="Simulation progress" fraction={progress.fraction}>
      Simulating {listText(labels)}
      {runs}: {formatClock(progress.simulatedS)} of {formatClock(progress.durationS)} simulated
      {progress.etaS !== null ? ` · about ${formatDuration(progress.etaS)} left` : ''}
    </JobProgress>
  );
}
