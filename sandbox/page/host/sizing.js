// ---- iframe sizing (Forge resizes Custom UI frames to their content) ------------------------------------------

function autoSize(iframe) {
  let scheduled = false;
  const fit = () => {
    scheduled = false;
    try {
      const doc = iframe.contentDocument;
      if (!doc || !doc.body) return;
      // The content's height, not the viewport's: apps often give html/body a 100% height.
      let height = 0;
      for (const child of doc.body.children) {
        const rect = child.getBoundingClientRect();
        height = Math.max(height, rect.bottom + doc.documentElement.scrollTop);
      }
      const style = doc.defaultView.getComputedStyle(doc.body);
      height += parseFloat(style.marginBottom) || 0;
      // Content that overflows (absolutely positioned footers...) shows in scrollHeight, which never shrinks.
      const root = doc.documentElement;
      if (root.scrollHeight > root.clientHeight + 1) height = Math.max(height, root.scrollHeight);
      // A page banner with nothing to say takes no room at all.
      if (height > 0 || iframe.classList.contains('forge-banner'))
        iframe.style.height = `${Math.ceil(Math.min(height, 6000))}px`;
    } catch {
      /* cross-origin: never the case here */
    }
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(fit);
    }
  };
  const watch = () => {
    const doc = iframe.contentDocument;
    if (!doc || !doc.body) return;
    schedule();
    new MutationObserver(schedule).observe(doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    const resize = new ResizeObserver(schedule);
    resize.observe(doc.body);
    for (const child of doc.body.children) resize.observe(child);
    doc.defaultView.addEventListener('resize', schedule);
  };
  iframe.addEventListener('load', watch);
  if (
    iframe.contentDocument &&
    iframe.contentDocument.readyState === 'complete' &&
    iframe.contentDocument.URL !== 'about:blank'
  )
    watch();
}
