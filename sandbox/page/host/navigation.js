// ---- navigation ----------------------------------------------------------------------------------------------

function urlOf(location) {
  if (location.url) return location.url;
  if (location.target === 'contentView' || location.target === 'contentEdit') {
    return `/?page=${encodeURIComponent(location.contentId)}`;
  }
  return undefined;
}

function navigate(location) {
  const url = urlOf(location);
  if (!url) {
    showFlag({
      id: `nav-${Date.now()}`,
      type: 'info',
      title: 'Navigation',
      description: `Not emulated: ${JSON.stringify(location)}`,
      isAutoDismiss: true,
    });
    return true;
  }
  const target = new URL(url, window.location.href);
  if (location.type === 'new-tab') {
    window.open(target.href, '_blank', 'noopener');
  } else if (target.origin === window.location.origin) {
    window.location.assign(target.href);
  } else {
    // Leaving the demo site would lose its state: open the outside page next to it instead.
    window.open(target.href, '_blank', 'noopener');
  }
  return true;
}
