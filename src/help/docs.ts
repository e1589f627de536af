// The project's guides (docs/*.md), offered in the Help menu and read in the app.

export interface Guide {
  /** The file's name in docs/, without ".md". */
  file: string;
  title: string;
}

/** Every file of docs/, users' guides first (a unit test keeps the list and the folder equal). */
export const GUIDES: readonly Guide[] = [
  { file: 'editor', title: 'The editor' },
  { file: 'results', title: 'Simulate, results, replay and compare' },
  { file: 'roadmap', title: 'The migration roadmap' },
  { file: 'advisor', title: 'The migration advisor' },
  { file: 'interop', title: 'Traces in, AsyncAPI and Mermaid out' },
  { file: 'file-format', title: 'The file format' },
  { file: 'cli', title: 'The command line' },
  { file: 'simulator', title: 'The simulator' },
  { file: 'performance', title: 'Performance' },
  { file: 'architecture', title: 'Architecture' },
];

/** Loaded only when a guide is opened: none of them weighs on the app's first load. */
const loaders = import.meta.glob<string>('/docs/*.md', { query: '?raw', import: 'default' });

/** The guide's Markdown text. */
export async function loadGuide(file: string): Promise<string> {
  const load = loaders[`/docs/${file}.md`];
  if (!load) throw new Error(`no guide docs/${file}.md`);
  return load();
}

/** The dialog name that opens a guide: "guide:editor". */
export const guideDialog = (file: string): string => `guide:${file}`;

/** The guide a dialog name opens, if it names one. */
export const guideOf = (dialog: string | null): string | null =>
  dialog?.startsWith('guide:') ? dialog.slice('guide:'.length) : null;
