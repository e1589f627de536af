// The right panel: the selected node or edge, or the variant and project when nothing is selected.
import { useActiveVariant } from '../store/active-variant';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { problemsUnder } from '../validation/problems';
import { useProblems } from '../validation/use-problems';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { ProjectInspector } from './ProjectInspector';
import { ProblemList } from './ProblemList';
import { TransformActions } from './TransformActions';
import { kindLabel } from '../../models/kinds/node-kinds';
import './inspector.css';

export function Inspector() {
  const variant = useActiveVariant();
  const variantIndex = useProjectStore((s) => s.project.variants.indexOf(variant));
  const selection = useUiStore((s) => s.selection);
  const problems = useProblems();
  const count = selection.nodes.length + selection.edges.length;
  const nodeIndex =
    count === 1 && selection.nodes.length === 1
      ? variant.nodes.findIndex((n) => n.id === selection.nodes[0])
      : -1;
  const edgeIndex =
    count === 1 && selection.edges.length === 1
      ? variant.edges.findIndex((e) => e.id === selection.edges[0])
      : -1;
  const node = nodeIndex >= 0 ? variant.nodes[nodeIndex] : undefined;
  const edge = edgeIndex >= 0 ? variant.edges[edgeIndex] : undefined;

  let title: string;
  let body;
  let path: string;
  if (node) {
    title = `${kindLabel(node.kind)}: ${node.name}`;
    path = `variants[${variantIndex}].nodes[${nodeIndex}]`;
    body = <NodeInspector key={node.id} node={node} variant={variant} />;
  } else if (edge) {
    const name = (id: string) => variant.nodes.find((n) => n.id === id)?.name ?? id;
    title = `${edge.kind === 'call' ? 'Call' : edge.kind === 'publish' ? 'Publish' : 'Consume'}: ${name(edge.from)} → ${name(edge.to)}`;
    path = `variants[${variantIndex}].edges[${edgeIndex}]`;
    body = <EdgeInspector key={edge.id} edge={edge} variant={variant} />;
  } else if (count > 1) {
    title = `${count} items selected`;
    path = `variants[${variantIndex}]`;
    body = (
      <p className="inspector-note">
        Drag to move them together, or use Duplicate, Delete and Auto-layout.
      </p>
    );
  } else {
    title = 'Project';
    path = '';
    body = <ProjectInspector variant={variant} />;
  }
  const mine = path ? problemsUnder(problems, path) : problems;
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      {/* A long name wraps to two lines at most, then ends with an ellipsis; the title has it all. */}
      <h2 className="panel-title" title={title}>
        {title}
      </h2>
      <ProblemList problems={mine} />
      <TransformActions />
      {body}
    </aside>
  );
}
