// The Compare view: any two variants of the current project under one scenario and seed.
import { useProjectStore } from '../store/project-store';
import { ComparePanel } from './ComparePanel';

export function CompareView() {
  const project = useProjectStore((s) => s.project);
  return (
    <div className="compare-view" data-testid="compare-view">
      <ComparePanel project={project} />
    </div>
  );
}
