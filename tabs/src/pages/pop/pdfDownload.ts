/** Saves a fetched file under a name: a blob URL on a temporary link (the API needs the bearer token, so no plain href). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: let it live a little.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name any system accepts: no path or reserved characters. */
export function safeFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  return printable.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
}
