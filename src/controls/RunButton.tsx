// The button that starts a batch of worker jobs (a simulation, a capacity sweep, the advisor) and,
// while it runs, stops it. It is disabled, saying why in its title, while something blocks a run.
interface RunButtonProps {
  running: boolean;
  /** Why nothing can run now, or null. */
  blocker: string | null;
  onRun: () => void;
  onCancel: () => void;
  /** "Run simulation" */
  runLabel: string;
  /** "Cancel sweep" */
  cancelLabel: string;
}

export function RunButton({
  running,
  blocker,
  onRun,
  onCancel,
  runLabel,
  cancelLabel,
}: RunButtonProps) {
  if (running)
    return (
      <button type="button" className="sim-cancel" onClick={onCancel}>
        {cancelLabel}
      </button>
    );
  return (
    <button
      type="button"
      className="sim-run"
      disabled={blocker !== null}
      title={blocker ?? undefined}
      onClick={onRun}
    >
      {runLabel}
    </button>
  );
}
