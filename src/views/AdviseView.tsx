// The Advise view: the migration advisor on the current project.
import { AdvisorPanel } from '../advisor/AdvisorPanel';
import { useProjectStore } from '../store/project-store';

export function AdviseView() {
  const project = useProjectStore((s) => s.project);
  return (
    <div className="advise-view" data-testid="advise-view">
      <AdvisorPanel project={project} />
    </div>
  );
}
