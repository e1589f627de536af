import { problemPlace } from '../../models/problem-place';
import { useProjectStore } from '../store/project-store';
import type { Problem } from '../validation/problems';
import { revealProblem } from '../validation/reveal-problem';

/**
 * The validator's messages for what is selected, each placed by the names the user sees; a
 * problem about a node or edge is a button that selects it and brings it into view.
 */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const project = useProjectStore((s) => s.project);
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" aria-label="Problems" data-testid="inspector-problems">
      {problems.map((p, i) => {
        const place = problemPlace(project, p.path);
        const pointsAtItem = place && (place.nodeId ?? place.edgeId);
        return (
          <li key={i} className={`problem ${p.severity}`} title={p.path || undefined}>
            <span className="problem-severity">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
            {place &&
              (pointsAtItem ? (
                <button
                  type="button"
                  className="problem-place"
                  onClick={() => revealProblem(place)}
                  aria-label={`Show ${place.label} on the canvas`}
                >
                  {place.label}
                </button>
              ) : (
                <span className="problem-place">{place.label}</span>
              ))}
            {!place && p.path && <code>{p.path}</code>}
            <span className="problem-message">{p.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
