// ---- flags ---------------------------------------------------------------------------------------------------

const FLAG_ICONS = { success: '✓', info: 'i', warning: '!', error: '×' };

function showFlag(options) {
  const root = document.getElementById('flags');
  closeFlag({ id: options.id });
  const flag = document.createElement('div');
  const type = FLAG_ICONS[options.type] ? options.type : 'info';
  flag.className = `flag flag-${type}`;
  flag.setAttribute('role', type === 'error' || type === 'warning' ? 'alert' : 'status');
  flag.dataset.flagId = String(options.id);
  const icon = document.createElement('span');
  icon.className = 'flag-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = FLAG_ICONS[type];
  const body = document.createElement('div');
  body.className = 'flag-body';
  if (options.title) {
    const title = document.createElement('p');
    title.className = 'flag-title';
    title.textContent = String(options.title);
    body.appendChild(title);
  }
  if (options.description) {
    const description = document.createElement('p');
    description.textContent = String(options.description);
    body.appendChild(description);
  }
  const actions = document.createElement('div');
  actions.className = 'flag-actions';
  for (const action of options.actions || []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button subtle';
    button.textContent = String(action.text);
    button.addEventListener('click', () => action.onClick && action.onClick());
    actions.appendChild(button);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'button subtle';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => closeFlag({ id: options.id }));
  actions.appendChild(dismiss);
  body.appendChild(actions);
  flag.append(icon, body);
  root.appendChild(flag);
  const timer = options.isAutoDismiss ? setTimeout(() => closeFlag({ id: options.id }), 8000) : undefined;
  state.flags.set(String(options.id), { flag, timer });
  return true;
}

function closeFlag({ id }) {
  const entry = state.flags.get(String(id));
  if (!entry) return true;
  clearTimeout(entry.timer);
  entry.flag.remove();
  state.flags.delete(String(id));
  return true;
}
