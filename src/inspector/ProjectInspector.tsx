// With nothing selected: the project's and the variant's names and descriptions, and what they hold.
import type { Variant } from '../../models/types';
import { useProjectStore } from '../store/project-store';
import { SloFields } from '../slo/SloFields';
import { PriceTableFields } from '../prices/PriceTableFields';
import { TextField, Section } from './fields';
import { countNoun } from '../../models/count-noun';
import { GettingStarted } from '../help/GettingStarted';

export function ProjectInspector({ variant }: { variant: Variant }) {
  const project = useProjectStore((s) => s.project);
  const update = useProjectStore((s) => s.updateProject);
  const updateVariant = useProjectStore((s) => s.updateVariant);
  const steps = project.roadmap?.steps.length ?? 0;
  return (
    <>
      <GettingStarted />
      <Section title="Project">
        <TextField
          label="Project description"
          multiline
          value={project.description ?? ''}
          onCommit={(d) => (update((p) => ({ ...p, description: d || undefined })), null)}
        />
        <p className="inspector-note">
          {countNoun(project.variants.length, 'variant')} ·{' '}
          {countNoun(project.scenarios.length, 'scenario')} ·{' '}
          {countNoun(steps, 'recorded roadmap step')}
        </p>
      </Section>
      <Section title="Service-level objectives">
        <SloFields slo={project.slo} onChange={(slo) => update((p) => ({ ...p, slo }))} />
      </Section>
      <Section title="Prices">
        <PriceTableFields
          prices={project.prices}
          onChange={(prices) => update((p) => ({ ...p, prices }))}
        />
      </Section>
      <Section title={`Variant “${variant.name}”`}>
        <TextField
          label="Variant name"
          value={variant.name}
          onCommit={(name) =>
            name.trim()
              ? (updateVariant(variant.id, (v) => ({ ...v, name: name.trim() })), null)
              : 'must not be empty'
          }
        />
        <TextField
          label="Variant description"
          multiline
          value={variant.description ?? ''}
          onCommit={(d) => (
            updateVariant(variant.id, (v) => ({ ...v, description: d || undefined })),
            null
          )}
        />
        <p className="inspector-note">
          {countNoun(variant.nodes.length, 'node')} · {countNoun(variant.edges.length, 'edge')}.
          Select a node or an edge to edit it; drag from a node’s right handle to another node to
          connect them.
          {project.variants.length === 1 &&
            ' When today’s system is drawn, “Duplicate variant” starts the to-be from it.'}
        </p>
      </Section>
    </>
  );
}
