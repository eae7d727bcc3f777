/**
 * Custom UI iframes grow to their content, so a modal's "fixed" position is relative to a tall frame: a dialog
 * opened from a button far down the frame sits at its top, out of the host page's view. A fixed element cannot be
 * scrolled into view, so a one-pixel probe placed in the flow where the dialog is (the frame itself does not scroll)
 * is scrolled to the middle of the view instead: the browser scrolls the host page for it.
 */
export function bringDialogIntoView(node: HTMLElement): void {
  const dialog = node.matches('[role="dialog"]')
    ? node
    : (node.querySelector<HTMLElement>('[role="dialog"]') ?? node);
  const box = dialog.getBoundingClientRect();
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = `position:absolute;left:0;width:1px;height:1px;top:${window.scrollY + box.top + box.height / 2}px`;
  document.body.append(probe);
  probe.scrollIntoView?.({ block: 'center' });
  probe.remove();
}
