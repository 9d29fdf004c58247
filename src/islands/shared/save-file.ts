/**
 * Saves `text` as a download named `name`: the data page's export and set-aside copies, and the export
 * reminder. A link with `download` is what every browser saves without asking for a permission.
 */
export function saveFile(text: string, name: string, type = 'application/json') {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  link.click();
  // Revoked later, not at once: some browsers start reading the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
