import { useUiStore } from '../store/ui-store';
import { Modal } from './Modal';

/** Why a file or link was not opened: the validator's messages, one per line. */
export function ReportDialog() {
  const report = useUiStore((s) => s.report);
  const close = () => useUiStore.getState().showReport(null);
  if (!report) return null;
  return (
    <Modal title={report.title} onClose={close} role="alertdialog" testId="report-dialog">
      <p>Nothing was changed; your current work is as it was. These are the problems found:</p>
      <ul className="report-list" aria-label="Problems found">
        {report.lines.map((line, i) => (
          <li key={i}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={close} data-autofocus>
          OK
        </button>
      </div>
    </Modal>
  );
}
