// The views the header's switcher offers, in order. Other areas append theirs with one line each.
import type { ComponentType } from 'react';
import { AdviseView } from './AdviseView';
import { CompareView } from './CompareView';
import { EditView } from './EditView';
import { PresentView } from './PresentView';
import { RoadmapView } from './RoadmapView';
import { SimulateView } from './SimulateView';
import './views.css';

export interface ViewDefinition {
  /** Stable id, also used in data-testid="view-<id>". */
  id: string;
  /** Shown in the view switcher. */
  label: string;
  component: ComponentType;
}

export const VIEWS: ViewDefinition[] = [
  { id: 'edit', label: 'Edit', component: EditView },
  { id: 'simulate', label: 'Simulate', component: SimulateView },
  { id: 'compare', label: 'Compare', component: CompareView },
  { id: 'advise', label: 'Advise', component: AdviseView },
  { id: 'roadmap', label: 'Roadmap', component: RoadmapView },
  { id: 'present', label: 'Present', component: PresentView },
];

export function findView(id: string): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
