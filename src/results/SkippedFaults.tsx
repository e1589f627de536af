// The faults of the scenario a run went without (its variant lacks the node), said where the
// results are read, so that a calm chart is not mistaken for a fault survived.
import type { SkippedFault } from '../../models/fault-targets';

interface SkippedFaultsProps {
  skipped: readonly SkippedFault[];
  variantName: string;
  nodeName: (id: string) => string;
}

const KIND: Record<SkippedFault['type'], string> = {
  outage: 'outage',
  partialOutage: 'partial outage',
  slowdown: 'slowdown',
  errors: 'error burst',
  coldStart: 'cold start',
};

export function SkippedFaults({ skipped, variantName, nodeName }: SkippedFaultsProps) {
  if (skipped.length === 0) return null;
  return (
    <div className="results-note" role="note" data-testid="skipped-faults">
      <p>
        {variantName} ran without {skipped.length === 1 ? 'one fault' : `${skipped.length} faults`}{' '}
        of the scenario:
      </p>
      <ul>
        {skipped.map((s) => (
          <li key={s.index}>
            the {KIND[s.type]} of {nodeName(s.node)} (fault {s.index + 1}): {s.reason}.
          </li>
        ))}
      </ul>
    </div>
  );
}
