import { useMemo, useState } from 'react';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { shareLink } from '../project/share-link';
import { Modal } from './Modal';

/** The whole project in a link; nothing is uploaded anywhere. */
export function ShareDialog() {
  const project = useProjectStore((s) => s.project);
  const link = useMemo(() => shareLink(project), [project]);
  const [copied, setCopied] = useState(false);
  const close = () => useUiStore.getState().openDialog(null);
  return (
    <Modal title="Share link" onClose={close} testId="share-dialog">
      <p>
        This link carries the whole project, compressed. Anyone who opens it gets a copy; nothing is
        uploaded.
      </p>
      <label className="field-label" htmlFor="share-link">
        Link ({link.length.toLocaleString()} characters)
      </label>
      <input
        id="share-link"
        className="input mono"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="share-link"
      />
      <div className="modal-actions">
        <button
          type="button"
          className="button primary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
