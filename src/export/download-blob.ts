// Offers a Blob as a file download through a temporary link.
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the URL asynchronously; revoke it later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
