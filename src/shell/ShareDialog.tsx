import { useEffect, useState } from 'react';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { LINK_OPENS_CHARS, LINK_PASSES_ON_CHARS, shareLink } from '../project/share-link';
import { checkFileUrl, fileLink } from '../project/file-link';
import { Modal } from './Modal';

/** What the link's length means for the people it is sent to, or null when nothing. */
function lengthNote(chars: number): string | null {
  if (chars > LINK_OPENS_CHARS)
    return `This link is longer than the ${LINK_OPENS_CHARS.toLocaleString('en-US')} characters Chromium-based browsers open: share the project file instead (Project › Save to file…).`;
  if (chars > LINK_PASSES_ON_CHARS)
    return `Links over ${LINK_PASSES_ON_CHARS.toLocaleString('en-US')} characters open in current browsers but may be cut when sent by chat or e-mail: if the link arrives broken, share the project file (Project › Save to file…).`;
  return null;
}

/** The whole project in a link; nothing is uploaded anywhere. */
export function ShareDialog() {
  const project = useProjectStore((s) => s.project);
  // The link of the project it was made from: while a newer one compresses, there is none.
  const [made, setMade] = useState<{ from: typeof project; link: string } | null>(null);
  const link = made?.from === project ? made.link : null;
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let current = true;
    void shareLink(project).then((l) => current && setMade({ from: project, link: l }));
    return () => {
      current = false;
    };
  }, [project]);
  const close = () => useUiStore.getState().openDialog(null);
  const note = link === null ? null : lengthNote(link.length);
  return (
    <Modal title="Share link" onClose={close} testId="share-dialog">
      <p>
        This link carries the whole project, compressed. Anyone who opens it gets a copy; nothing is
        uploaded.
      </p>
      <label className="field-label" htmlFor="share-link">
        {link === null
          ? 'Link (compressing…)'
          : `Link (${link.length.toLocaleString()} characters)`}
      </label>
      <input
        id="share-link"
        className="input mono"
        readOnly
        value={link ?? ''}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="share-link"
      />
      {note && (
        <p className="field-hint" role="note" data-testid="share-length-note">
          {note}
        </p>
      )}
      <FileLinkSection />
      <div className="modal-actions">
        <button
          type="button"
          className="button primary"
          disabled={link === null}
          onClick={async () => {
            if (link === null) return;
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

/** A short link to a project file the user hosts: it opens read-only for the reader. */
function FileLinkSection() {
  const [address, setAddress] = useState('');
  const problem = address.trim() === '' ? null : checkFileUrl(address);
  const link = address.trim() !== '' && problem === null ? fileLink(address.trim()) : null;
  return (
    <section className="share-file-link" aria-label="Link to a hosted file">
      <h3>Or a short link to a file you host</h3>
      <p className="field-hint">
        Save the project to a file (Project › Save to file…) and put it where the reader’s browser
        may fetch it (a server that lets other sites read it, CORS, such as a gist’s raw address).
        The link names the file, so it stays short however large the project; it opens read-only
        until the reader makes a copy.
      </p>
      <label className="field-label" htmlFor="share-file-address">
        File address
      </label>
      <input
        id="share-file-address"
        className="input mono"
        placeholder="https://example.com/my-project.spillway.json"
        value={address}
        onChange={(e) => setAddress(e.currentTarget.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'share-file-problem' : undefined}
      />
      {problem && (
        <p className="field-error" id="share-file-problem" role="alert">
          {problem}
        </p>
      )}
      {link && (
        <>
          <label className="field-label" htmlFor="share-file-link">
            {`Link to the file (${link.length.toLocaleString()} characters)`}
          </label>
          <input
            id="share-file-link"
            className="input mono"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-file-link"
          />
          <button
            type="button"
            className="button"
            onClick={() => void navigator.clipboard.writeText(link).catch(() => undefined)}
          >
            Copy file link
          </button>
        </>
      )}
    </section>
  );
}
