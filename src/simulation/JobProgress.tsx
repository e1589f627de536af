// How far a running batch of worker jobs is (a simulation, a capacity sweep, the advisor): a
// progress bar from 0 to 100 % named for the job, and below it, announced politely, what it is
// doing now.
import type { ReactNode } from 'react';
import './simulation.css';

interface JobProgressProps {
  /** The bar's accessible name ("Simulation progress"). */
  label: string;
  /** Done so far, 0..1. */
  fraction: number;
  /** What the job is doing now. */
  children: ReactNode;
}

export function JobProgress({ label, fraction, children }: JobProgressProps) {
  return (
    <div className="run-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        data-fraction={fraction}
      >
        <div className="progress-fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <p className="run-status" aria-live="polite">
        {children}
      </p>
    </div>
  );
}
