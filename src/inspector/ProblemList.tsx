import type { Problem } from '../validation/problems';

/** The validator's messages for what is selected, as "path: reason". */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" aria-label="Problems" data-testid="inspector-problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem ${p.severity}`}>
          <span className="problem-severity">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
          <code>{p.path}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
