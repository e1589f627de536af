import { useUiStore } from '../store/ui-store';
import { Modal } from './Modal';

/** The in-app question before a destructive command: Enter goes ahead, Escape or Cancel does not. */
export function ConfirmDialog() {
  const confirmation = useUiStore((s) => s.confirmation);
  if (!confirmation) return null;
  const close = () => useUiStore.getState().askConfirmation(null);
  return (
    <Modal title={confirmation.title} onClose={close} role="alertdialog" testId="confirm-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          close();
          confirmation.onConfirm();
        }}
      >
        <p>{confirmation.message}</p>
        {confirmation.details && (
          <ul className="confirm-details" aria-label="What will change">
            {confirmation.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className={`button primary${confirmation.destructive === false ? '' : ' danger'}`}
            data-autofocus
          >
            {confirmation.confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
