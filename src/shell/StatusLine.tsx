import { useEffect, useState } from 'react';
import { useUiStore } from '../store/ui-store';

/** The last message (a refused connection, a recorded step, a saved file); announced politely. */
export function StatusLine() {
  const status = useUiStore((s) => s.status);
  const [hiddenSeq, setHiddenSeq] = useState(0);
  useEffect(() => {
    // Errors stay until the next message; everything else fades after a few seconds.
    if (!status || status.tone === 'error') return;
    const t = setTimeout(() => setHiddenSeq(status.seq), 6000);
    return () => clearTimeout(t);
  }, [status]);
  const visible = !!status && status.seq !== hiddenSeq;
  return (
    <div
      className={`status-line tone-${status?.tone ?? 'info'}${visible ? ' is-visible' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="status"
    >
      {/* The text stays while the line fades out, so the fade never shows an empty pill. */}
      {status?.text ?? ''}
    </div>
  );
}
