// ---- the Jira sandbox's board (view=jira) ----------------------------------------------------------------------

const FAULT_REQUESTS = {
  'rate-limit': { kind: 'rate-limit', retryAfterSeconds: 2 },
  unavailable: { kind: 'unavailable', retryAfterSeconds: 5 },
  timeout: { kind: 'timeout-after-effect', target: 'create' },
};
const FAULT_WORDS = {
  'rate-limit': (f) => `429 with Retry-After ${f.retryAfterSeconds} s`,
  unavailable: (f) => `503 with Retry-After ${f.retryAfterSeconds} s`,
  'server-error': () => '500',
  'timeout-after-effect': () => 'timeout after effect',
};

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function initJiraPanel(board) {
  const status = document.getElementById('jira-status');
  const connected = document.getElementById('jira-connected');
  const twice = document.getElementById('jira-twice');
  const order = document.getElementById('jira-order');
  const hold = document.getElementById('jira-hold');
  const release = document.getElementById('jira-release');
  let current = null;
  const say = (text) => {
    status.textContent = text;
  };

  function faultSummary(state) {
    if (state.faults.length === 0) return '';
    return ` Scheduled faults: ${state.faults
      .map((f) => `${FAULT_WORDS[f.kind](f)} on the next ${f.remaining} ${f.path ? 'matching ' : ''}call(s)`)
      .join('; ')}.`;
  }

  function card(issue, statuses) {
    const titleId = `jira-card-${issue.key}`;
    const meta = [
      element('span', { className: 'jira-key', text: issue.key }),
      document.createTextNode(` · ${issue.issueType}`),
    ];
    const details = element('dl', { className: 'jira-card-details' }, [
      element('dt', { text: 'Assignee' }),
      element('dd', { text: issue.assigneeName ?? 'Unassigned' }),
      element('dt', { text: 'Due' }),
      element('dd', { text: issue.duedate ?? 'None' }),
    ]);
    const moves = element('div', { className: 'button-row' });
    for (const target of statuses) {
      if (target.name === issue.status) continue;
      const button = element('button', { type: 'button', className: 'button subtle small' }, [
        document.createTextNode('Move '),
        element('span', { className: 'visually-hidden', text: `${issue.key} ` }),
        document.createTextNode(`to ${target.name}`),
      ]);
      button.addEventListener('click', () => move(issue.key, target.name));
      moves.append(button);
    }
    // The issue view, with the app's issue panel (the persona, theme and locale travel in the host's cookies).
    const view = element('a', { href: `?view=jira&issue=${encodeURIComponent(issue.key)}` }, [
      document.createTextNode('View '),
      element('span', { className: 'visually-hidden', text: `${issue.key} ` }),
      document.createTextNode('issue'),
    ]);
    meta.push(document.createTextNode(' · '), view);
    return element('li', { className: 'jira-card', 'data-card': issue.key }, [
      element('p', { className: 'jira-card-meta' }, meta),
      element('p', { className: 'jira-card-summary', id: titleId, text: issue.summary }),
      details,
      moves,
    ]);
  }

  function renderBoard(state) {
    const columns = element('div', { className: 'jira-columns' });
    for (const column of state.statuses) {
      const issues = state.issues.filter((issue) => issue.status === column.name);
      const headingId = `jira-column-${column.category}`;
      const list = element('ul', { className: 'jira-cards', 'aria-labelledby': headingId });
      for (const issue of issues) list.append(card(issue, state.statuses));
      columns.append(
        element(
          'section',
          { className: `jira-column jira-${column.category}`, 'aria-labelledby': headingId },
          [
            element('h3', { id: headingId, className: 'jira-column-heading' }, [
              document.createTextNode(column.name),
              element('span', { className: 'jira-count', text: ` (${issues.length})` }),
            ]),
            issues.length > 0 ? list : element('p', { className: 'muted', text: 'No issues' }),
          ],
        ),
      );
    }
    const parts = [columns];
    const notices = state.notifications ?? [];
    if (notices.length > 0)
      parts.push(
        element('h3', { text: `Notifications Jira queued (${notices.length})` }),
        element(
          'ul',
          {},
          notices.map((n) =>
            element('li', {
              text: `${new Date(n.at).toLocaleString()} · ${n.issueKey} · ${n.subject} · to ${n.recipients.length} person(s)`,
            }),
          ),
        ),
      );
    if (state.issues.length === 0)
      parts.unshift(
        element('p', {
          className: 'muted',
          text: `No issues in ${state.project.key} yet: the app creates them from an improvement plan.`,
        }),
      );
    if (!state.connected)
      parts.unshift(
        element('p', {
          className: 'jira-warning',
          text: 'Jira is not connected: every Jira call of the app answers 404.',
        }),
      );
    board.replaceChildren(...parts);
  }

  function render(state, focusKey) {
    current = state;
    connected.checked = state.connected;
    twice.checked = (state.delivery.copies ?? 1) > 1;
    order.value = state.delivery.order ?? 'as-given';
    hold.setAttribute('aria-pressed', String(state.holdingEvents));
    release.textContent = `Release held events (${state.heldEvents})`;
    release.disabled = state.heldEvents === 0;
    renderBoard(state);
    if (focusKey) board.querySelector(`[data-card="${CSS.escape(focusKey)}"] button`)?.focus();
  }

  async function act(path, body, describe, focusKey) {
    try {
      const { data } = await post(path, body);
      render(data, focusKey);
      say(`${describe(data)}${faultSummary(data)}`);
    } catch (error) {
      say(`That did not work: ${error.message}`);
    }
  }

  const deliveriesOf = (data) => {
    const n = (data.deliveries ?? []).length;
    return n === 0
      ? 'no delivery (no trigger, or events held)'
      : `${n} deliver${n === 1 ? 'y' : 'ies'} to the app's triggers`;
  };

  function move(key, statusName) {
    return act(
      '/__host/jira/transition',
      { key, status: statusName },
      (data) => `${key} moved to ${statusName} by ${data.by}: ${deliveriesOf(data)}.`,
      key,
    );
  }

  connected.addEventListener('change', () =>
    act('/__host/jira/connection', { connected: connected.checked }, (data) =>
      data.connected ? 'Jira connected.' : 'Jira not connected: calls answer 404.',
    ),
  );
  const setDelivery = () =>
    act(
      '/__host/jira/delivery',
      { copies: twice.checked ? 2 : 1, order: order.value },
      (data) =>
        `Events are delivered ${data.delivery.copies > 1 ? 'twice' : 'once'}, ${order.selectedOptions[0].textContent.toLowerCase()}.`,
    );
  twice.addEventListener('change', setDelivery);
  order.addEventListener('change', setDelivery);
  hold.addEventListener('click', () =>
    current?.holdingEvents
      ? act('/__host/jira/events/release', {}, (data) => `Stopped holding: ${deliveriesOf(data)}.`)
      : act('/__host/jira/events/hold', {}, () => 'Events are held until you release them.'),
  );
  release.addEventListener('click', () =>
    act('/__host/jira/events/release', {}, (data) => `Released: ${deliveriesOf(data)}.`),
  );
  for (const button of document.querySelectorAll('[data-jira-fault]')) {
    button.addEventListener('click', () =>
      act(
        '/__host/jira/faults',
        FAULT_REQUESTS[button.getAttribute('data-jira-fault')],
        () => 'Fault scheduled.',
      ),
    );
  }
  document
    .getElementById('jira-clear-faults')
    .addEventListener('click', () => act('/__host/jira/faults/clear', {}, () => 'No fault scheduled.'));

  fetch('/__host/jira', { credentials: 'same-origin' })
    .then((response) => response.json())
    .then((state) => render(state))
    .catch((error) => say(`The board could not load: ${error.message}`));
}

const jiraBoard = document.querySelector('[data-jira-board]');
if (jiraBoard) initJiraPanel(jiraBoard);
