/**
 * Copy-link buttons (components/CopyLinkButton, also inside the calculator's result): one listener
 * on the document, so buttons rendered later by an island work too.
 */
export function enhanceCopyLinks(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('[data-copy-link]');
    if (!button) return;
    const status = button.parentElement?.querySelector('[data-copy-status]');
    const url = window.location.href;
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    if (!navigator.clipboard) return say(`请长按复制：${url}`);
    navigator.clipboard.writeText(url).then(
      () => say('链接已复制，可以粘贴到微信发给家人'),
      () => say(`请长按复制：${url}`),
    );
  });
}
