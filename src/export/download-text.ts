import { downloadBlob } from './download-blob';

/** Offers text as a file download (no server involved). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
