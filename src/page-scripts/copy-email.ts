/**
 * Copying an email template's subject or body (src/components/mdx/EmailTemplate.astro), loaded on the first
 * click of a Copy button. Subject and body are copied apart, as a mail app wants them: the subject into its
 * field, the body below.
 * @public Loaded by its address (`?chunk-url`) and called by name: no import names it.
 */
export async function copyPart(button: HTMLElement) {
  const figure = button.closest<HTMLElement>('[data-email-template]');
  const status = figure?.querySelector<HTMLElement>('.copy-status');
  const part = figure?.querySelector<HTMLElement>(button.dataset.copy === 'subject' ? '[data-email-subject]' : '[data-email-text]');
  if (!status || !part) return;
  try {
    // innerText keeps the lines a person sees (the text keeps its line breaks), which an email needs.
    await navigator.clipboard.writeText(part.innerText.trim());
    status.textContent =
      button.dataset.copy === 'subject' ? 'Subject copied.' : 'Copied. Paste it into your email and fill in the brackets.';
  } catch {
    // No clipboard here (an old browser, an insecure page) or permission refused.
    status.textContent = 'Could not copy here: select the text and copy it yourself.';
  }
}
