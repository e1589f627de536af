import { EXAMPLES } from '../../models/examples';
import { adoptProject } from '../project/open-project';
import { useUiStore } from '../store/ui-store';
import { Modal } from './Modal';
import { countNoun } from '../../models/count-noun';

/** The built-in examples; opening one replaces the current project (undo brings it back). */
export function ExamplesDialog() {
  const close = () => useUiStore.getState().openDialog(null);
  return (
    <Modal title="Examples" onClose={close} testId="examples-dialog">
      <ul className="gallery">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="gallery-item"
              onClick={() =>
                adoptProject(structuredClone(e.project), `Opened the ${e.title} example.`)
              }
              aria-label={`Open example ${e.title}`}
            >
              <span className="gallery-title">{e.title}</span>
              <span className="gallery-summary">{e.summary}</span>
              <span className="gallery-meta">
                {e.project.variants
                  .map((v) => `${v.name}: ${countNoun(v.nodes.length, 'node')}`)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
