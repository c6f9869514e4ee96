/**
 * Saves text as a file through a hidden link in the element's own root (a link outside would be
 * subject to the page's click handlers).
 */
export function downloadText(
  root: HTMLElement | DocumentFragment,
  name: string,
  text: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
