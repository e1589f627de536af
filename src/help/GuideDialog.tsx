// One of the project's guides (docs/*.md), read in the app as its Markdown text.
import { useEffect, useState } from 'react';
import { Modal } from '../shell/Modal';
import { useUiStore } from '../store/ui-store';
import { GUIDES, loadGuide } from './docs';
import './help.css';

export function GuideDialog({ file }: { file: string }) {
  const guide = GUIDES.find((g) => g.file === file);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadGuide(file).then(
      (t) => live && setText(t),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [file]);
  const close = () => useUiStore.getState().openDialog(null);
  return (
    <Modal
      title={guide?.title ?? file}
      onClose={close}
      testId="guide-dialog"
      className="modal-guide"
    >
      {error ? (
        <p role="alert">The guide could not be loaded: {error}</p>
      ) : text === null ? (
        <p role="status">Loading…</p>
      ) : (
        <pre className="guide-text" tabIndex={0} aria-label={`${guide?.title ?? file}, text`}>
          {text}
        </pre>
      )}
    </Modal>
  );
}
