/**
 * Offers a blob as a file download. The temporary link is put into `root` (an element's shadow root
 * works: it needs no page markup) and the object URL is revoked after the browser took it.
 */
export function downloadBlob(blob: Blob, filename: string, root: ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
