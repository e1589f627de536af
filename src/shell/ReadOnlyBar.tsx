// The bar shown while the project is someone else's file opened from a link: where it came
// from, that it cannot be edited, and the button that makes it the user's own copy.
import { makeCopy } from '../project/read-only-copy';
import { useReadOnlyStore } from '../store/read-only-store';

export function ReadOnlyBar() {
  const source = useReadOnlyStore((s) => s.source);
  if (source === null) return null;
  return (
    <div className="read-only-bar" role="status" data-testid="read-only-bar">
      <span>
        <strong>Read-only:</strong> opened from <span className="mono">{source}</span>. You can
        look, simulate and present; to edit, make a copy.
      </span>
      <button type="button" className="button primary" onClick={makeCopy}>
        Make a copy
      </button>
    </div>
  );
}
