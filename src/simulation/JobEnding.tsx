// How a batch of worker jobs ended when it did not finish: cancelled by the user (what is shown
// instead), or failed (an alert with the error's message).
import type { BatchStatus } from './batch-slot';
import './simulation.css';

interface JobEndingProps {
  status: BatchStatus;
  error: string | null;
  /** Shown after a cancel: "Sweep cancelled. The chart shows the previous sweep, if any." */
  cancelledText: string;
  /** Before the error's message: "The sweep failed". */
  failedText: string;
}

export function JobEnding({ status, error, cancelledText, failedText }: JobEndingProps) {
  if (status === 'cancelled') return <p className="run-status">{cancelledText}</p>;
  if (status === 'error')
    return (
      <p className="run-status run-error" role="alert">
        {failedText}: {error}
      </p>
    );
  return null;
}
