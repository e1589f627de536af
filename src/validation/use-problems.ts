import { useMemo } from 'react';
import { useProjectStore } from '../store/project-store';
import { projectProblems, type Problem } from './problems';

export function useProblems(): Problem[] {
  const project = useProjectStore((s) => s.project);
  return useMemo(() => projectProblems(project), [project]);
}
