// Project menu commands for traces, AsyncAPI and Mermaid.
import { exportAsyncApi } from '../../models/interop/asyncapi-export';
import { exportMermaid } from '../../models/interop/mermaid-export';
import type { Command } from '../commands/registry';
import { getActiveVariant } from '../store/active-variant';
import { getProject } from '../store/project-store';
import { downloadText } from '../export/download-text';
import { pickLocalFile } from './pick-local-file';
import { startTraceImport } from './trace-import-store';
import { importAsyncApiFile } from './import-asyncapi-file';

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'variant';

export const INTEROP_COMMANDS: Command[] = [
  {
    name: 'project.importTraces',
    label: 'Import traces…',
    group: 'project',
    description: 'Build an as-is model from OpenTelemetry, Jaeger or Zipkin JSON traces',
    enabled: () => true,
    perform: async () => {
      const file = await pickLocalFile('.json,application/json', 'trace-file-input');
      if (file) await startTraceImport(file);
    },
  },
  {
    name: 'project.importAsyncApi',
    label: 'Import AsyncAPI…',
    group: 'project',
    edits: true,
    description:
      'Add the queues, topics and publish/consume edges of an AsyncAPI 3.0 document to this variant',
    enabled: () => true,
    perform: importAsyncApiFile,
  },
  {
    name: 'project.exportAsyncApi',
    label: 'Export AsyncAPI',
    group: 'project',
    description: 'Download this variant’s messaging as an AsyncAPI 3.0 document (YAML)',
    enabled: () => true,
    perform: () => {
      const project = getProject();
      const variant = getActiveVariant();
      downloadText(
        `${slug(project.name)}-${slug(variant.id)}.asyncapi.yaml`,
        exportAsyncApi(variant, { title: `${project.name} — ${variant.name}` }),
        'application/yaml',
      );
    },
  },
  {
    name: 'project.exportMermaid',
    label: 'Export Mermaid',
    group: 'project',
    description: 'Download this variant as a Mermaid flowchart',
    enabled: () => true,
    perform: () => {
      const project = getProject();
      const variant = getActiveVariant();
      downloadText(
        `${slug(project.name)}-${slug(variant.id)}.mmd`,
        exportMermaid(variant),
        'text/plain',
      );
    },
  },
];
