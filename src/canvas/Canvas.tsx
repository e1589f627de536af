// The React Flow canvas of the active variant. Model → flow is synced here; edits go back through edit-actions.
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { NodeKind } from '../../models/types';
import { getActiveVariant, useActiveVariant } from '../store/active-variant';
import { FlowLegend } from './FlowLegend';
import { addNode, connect, moveNodes } from '../store/edit-actions';
import { useProjectStore } from '../store/project-store';
import { useUiStore, showStatus, type Selection } from '../store/ui-store';
import { ZoomVariable } from './ZoomVariable';
import { useProblems } from '../validation/use-problems';
import { problemIds } from '../validation/problems';
import { judgeConnection } from '../../models/elements/connection-rules';
import { EDGE_TYPES } from './ModelEdgeView';
import { LabelNodeBoxes } from './LabelNodeBoxes';
import { NODE_TYPES } from './ModelNodeView';
import { ContextMenu, type ContextMenuState } from './ContextMenu';
import { getFlowInstance, setFlowInstance } from './flow-api';
import type { FlowEdge, FlowNode } from './flow-types';
import { DEAD_LETTER_EDGE, syncEdges, syncNodes } from './sync-flow';
import { PALETTE_MIME } from '../palette/palette-mime';
import { kindColour } from '../../models/kinds/kind-colours';
import { useResolvedTheme } from '../shell/theme-choice';

const MINIMAP_STYLE = { width: 168, height: 110 };
const minimapColor = (n: FlowNode): string => kindColour(n.data.node.kind);
const FIT_OPTIONS = { padding: 0.15 };

function nextSelection(
  current: Selection,
  changes: readonly { id: string; selected: boolean }[],
  key: 'nodes' | 'edges',
): Selection {
  const set = new Set(current[key]);
  for (const c of changes) {
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return { ...current, [key]: [...set] };
}

export function Canvas() {
  const variant = useActiveVariant();
  const theme = useResolvedTheme();
  const variantIndex = useProjectStore((s) => s.project.variants.indexOf(variant));
  const project = useProjectStore((s) => s.project);
  const selection = useUiStore((s) => s.selection);
  const problems = useProblems();
  const marked = useMemo(
    () => problemIds(problems, project, variantIndex),
    [problems, project, variantIndex],
  );
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);

  // Model → flow, re-synced during render when the inputs change (React's "adjust state on prop change").
  const [nodes, setNodes] = useState<FlowNode[]>(() =>
    syncNodes([], variant.nodes, selectedNodes, marked.nodes),
  );
  const [edges, setEdges] = useState<FlowEdge[]>(() =>
    syncEdges([], variant.edges, variant.nodes, selectedEdges, marked.edges),
  );
  const [inputs, setInputs] = useState({
    nodes: variant.nodes,
    edges: variant.edges,
    selectedNodes,
    selectedEdges,
    marked,
  });
  if (
    inputs.nodes !== variant.nodes ||
    inputs.selectedNodes !== selectedNodes ||
    inputs.marked !== marked
  ) {
    setNodes((prev) => syncNodes(prev, variant.nodes, selectedNodes, marked.nodes));
  }
  if (
    inputs.edges !== variant.edges ||
    inputs.nodes !== variant.nodes ||
    inputs.selectedEdges !== selectedEdges ||
    inputs.marked !== marked
  ) {
    setEdges((prev) => syncEdges(prev, variant.edges, variant.nodes, selectedEdges, marked.edges));
  }
  if (
    inputs.nodes !== variant.nodes ||
    inputs.edges !== variant.edges ||
    inputs.selectedNodes !== selectedNodes ||
    inputs.selectedEdges !== selectedEdges ||
    inputs.marked !== marked
  ) {
    setInputs({ nodes: variant.nodes, edges: variant.edges, selectedNodes, selectedEdges, marked });
  }

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    setNodes((prev) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        prev,
      ),
    );
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length) {
      const ui = useUiStore.getState();
      ui.select(nextSelection(ui.selection, selects, 'nodes'));
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length) {
      const ui = useUiStore.getState();
      ui.select(nextSelection(ui.selection, selects, 'edges'));
    }
  }, []);

  const onNodeDragStop = useCallback((_e: unknown, _node: FlowNode, dragged: FlowNode[]) => {
    moveNodes(dragged.map((n) => ({ id: n.id, position: n.position })));
  }, []);

  const isValidConnection = useCallback((c: Connection | FlowEdge) => {
    const v = getActiveVariant();
    const from = v.nodes.find((n) => n.id === c.source);
    const to = v.nodes.find((n) => n.id === c.target);
    return !!from && !!to && judgeConnection(from, to, v.edges).ok;
  }, []);

  const onConnect = useCallback((c: Connection) => {
    connect(c.source, c.target);
  }, []);

  // A refused connection gets its reason on the status line.
  const onConnectEnd = useCallback((_e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid !== false || !state.fromNode || !state.toNode) return;
    const v = getActiveVariant();
    const fromIsSource = state.fromHandle?.type !== 'target';
    const a = v.nodes.find((n) => n.id === (fromIsSource ? state.fromNode!.id : state.toNode!.id));
    const b = v.nodes.find((n) => n.id === (fromIsSource ? state.toNode!.id : state.fromNode!.id));
    if (!a || !b) return;
    const verdict = judgeConnection(a, b, v.edges);
    if (!verdict.ok) showStatus(verdict.reason, 'error');
  }, []);

  const wrapper = useRef<HTMLDivElement>(null);
  const onInit = useCallback((flow: ReactFlowInstance<FlowNode, FlowEdge>) => {
    setFlowInstance(flow, wrapper.current);
    // After the initial fit: a variant drawn much wider than the screen gets a hint, not a silent
    // re-layout. Not over a message the user's own action brought in the meantime (a refusal, a copy).
    const statusAtInit = useUiStore.getState().status?.seq;
    setTimeout(() => {
      if (
        getFlowInstance() === flow &&
        useUiStore.getState().status?.seq === statusAtInit &&
        flow.getZoom() < 0.5 &&
        getActiveVariant().nodes.length > 1
      ) {
        showStatus(
          'This variant is wider than the screen: Auto-layout (Shift+L) arranges it to fit.',
        );
      }
    }, 400);
  }, []);
  useEffect(() => () => setFlowInstance(null, null), []);

  const [menu, setMenu] = useState<ContextMenuState | null>(null);
  const onNodeContextMenu = useCallback((e: ReactMouseEvent, node: FlowNode) => {
    e.preventDefault();
    useUiStore.getState().select({ nodes: [node.id], edges: [] });
    setMenu({ x: e.clientX, y: e.clientY, context: 'node' });
  }, []);
  const onEdgeContextMenu = useCallback((e: ReactMouseEvent, edge: FlowEdge) => {
    e.preventDefault();
    if (edge.id.startsWith(DEAD_LETTER_EDGE)) return;
    useUiStore.getState().select({ nodes: [], edges: [edge.id] });
    setMenu({ x: e.clientX, y: e.clientY, context: 'edge' });
  }, []);
  const onPaneContextMenu = useCallback((e: ReactMouseEvent | MouseEvent) => {
    e.preventDefault();
    setMenu({ x: e.clientX, y: e.clientY, context: 'pane' });
  }, []);
  const closeMenu = useCallback(() => setMenu(null), []);
  // The keyboard's menu key (or Shift+F10) opens the same menu for the selection, at the focused element.
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ContextMenu' && !(e.shiftKey && e.key === 'F10')) return;
    e.preventDefault();
    const { nodes: n, edges: ed } = useUiStore.getState().selection;
    const r = (document.activeElement ?? e.currentTarget).getBoundingClientRect();
    setMenu({
      x: r.left + Math.min(r.width, 40),
      y: r.top + Math.min(r.height, 24),
      context: n.length ? 'node' : ed.length ? 'edge' : 'pane',
    });
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback((e: DragEvent) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME) as NodeKind;
    if (!kind) return;
    e.preventDefault();
    e.stopPropagation();
    const flow = getFlowInstance()?.screenToFlowPosition({ x: e.clientX, y: e.clientY }) ?? {
      x: 0,
      y: 0,
    };
    addNode(kind, { x: flow.x - 90, y: flow.y - 28 });
  }, []);

  return (
    <div
      className="canvas"
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onKeyDown={onKeyDown}
      data-testid="canvas"
    >
      <ReactFlow<FlowNode, FlowEdge>
        key={variant.id}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onInit={onInit}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onPaneClick={closeMenu}
        onMoveStart={closeMenu}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        colorMode={theme}
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.1}
        onlyRenderVisibleElements={variant.nodes.length > 150}
        attributionPosition="top-right"
        aria-label={`Canvas of ${variant.name}`}
      >
        <LabelNodeBoxes />
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Minimap"
          nodeStrokeWidth={3}
          nodeColor={minimapColor}
          nodeBorderRadius={6}
          style={MINIMAP_STYLE}
        />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        <ZoomVariable />
        <FlowLegend variant={variant} />
      </ReactFlow>
      {menu && <ContextMenu state={menu} onClose={closeMenu} />}
    </div>
  );
}
