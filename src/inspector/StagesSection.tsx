// The stages of a service whose calls run in stages (format version 5, docs/file-format.md
// "Stages"): each stage in order with its calls, where each call goes (another stage or a new
// one), how many of an edge's calls run at a time, and the order of the stages.
import type { ModelNode, ServiceLikeNode, Stage, Variant } from '../../models/types';
import { countNoun } from '../../models/count-noun';
import {
  explicitStages,
  moveToStage,
  swapStages,
  withAtATime,
} from '../../models/stages/edit-stages';
import { planStages } from '../../models/stages/plan-stages';
import { NumberField } from '../controls/NumberField';
import { Section, SelectField } from './fields';

export function StagesSection({
  node,
  variant,
  onCommit,
}: {
  node: ServiceLikeNode;
  variant: Variant;
  onCommit: (stages: Stage[]) => string | null;
}) {
  const planned = planStages(variant, node);
  const stages = explicitStages(variant, node);
  const names = new Map<string, string>(variant.nodes.map((n: ModelNode) => [n.id, n.name]));
  const where = stages.map((_, i) => ({ value: String(i), label: `Stage ${i + 1}` }));
  where.push({ value: String(stages.length), label: 'A new stage after the last' });
  return (
    <Section title="Stages">
      <p className="inspector-note">
        The stages run one after the other; the calls of a stage run at once, and the next stage
        starts when they have all ended.
      </p>
      {planned.length === 0 && <p className="inspector-note">This service makes no calls.</p>}
      {planned.map((stage, i) => (
        <div className="stage" key={i} data-testid={`stage-${i + 1}`} aria-label={`Stage ${i + 1}`}>
          <div className="stage-head">
            <span className="stage-title">
              Stage {i + 1}
              {!stage.listed && (
                <span className="field-unit"> (not listed: one call at a time)</span>
              )}
            </span>
            <button
              type="button"
              className="button small"
              disabled={i === 0}
              aria-label={`Move stage ${i + 1} up`}
              onClick={() => onCommit(swapStages(stages, i, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="button small"
              disabled={i === planned.length - 1}
              aria-label={`Move stage ${i + 1} down`}
              onClick={() => onCommit(swapStages(stages, i, 1))}
            >
              ↓
            </button>
          </div>
          {stage.edges.map(({ edge, atATime }) => {
            const count = edge.kind === 'call' ? edge.count : 1;
            const to = names.get(edge.to) ?? edge.to;
            return (
              <div className="stage-edge" key={edge.id} data-testid={`stage-edge-${edge.id}`}>
                <p className="field-static">
                  <span className="field-label">
                    {edge.kind === 'call' ? 'Call' : 'Publish'} to {to}
                  </span>
                  <span className="field-unit">{countNoun(count, 'call')} per request</span>
                </p>
                <div className="field-row">
                  <SelectField
                    label="Runs in"
                    value={String(i)}
                    options={where}
                    onChange={(v) => onCommit(moveToStage(stages, edge.id, Number(v)))}
                    testId={`stage-of-${edge.id}`}
                  />
                  {count > 1 && (
                    <NumberField
                      label="At a time"
                      unit="calls"
                      value={atATime < count ? atATime : null}
                      nullLabel="all"
                      min={1}
                      max={count}
                      integer
                      hint={`Of its ${count} calls, at most this many in flight (empty: all at once).`}
                      onCommit={(k) => onCommit(withAtATime(stages, edge.id, k))}
                      testId={`stage-limit-${edge.id}`}
                    />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </Section>
  );
}
