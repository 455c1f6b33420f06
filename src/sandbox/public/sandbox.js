// The sandbox page's behaviour: every click, choice and submission goes to the sandbox server, which sends it
// to the app as Slack would; then the page is rendered again on the server and swapped in here.

const app = document.getElementById('app');
let pendingConfirm = null;
let reactionTarget = null;
let busy = false;
let lastVersion = null;

const viewer = () => document.querySelector('main')?.dataset.viewer ?? '';

async function post(path, body) {
  const response = await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ as: viewer(), ...body }),
  });
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}));
    throw new Error(answer.problem ?? `The sandbox answered ${response.status}`);
  }
  return response.json();
}

function focusAfterRefresh(previousId) {
  const dialog = document.querySelector('[role="dialog"]');
  if (dialog) {
    const target =
      dialog.querySelector('[aria-invalid="true"]') ??
      (previousId ? dialog.querySelector(`#${CSS.escape(previousId)}`) : null) ??
      dialog.querySelector('input, textarea, select, button');
    target?.focus();
    return;
  }
  const again = previousId ? document.getElementById(previousId) : null;
  if (again) again.focus();
}

async function refresh() {
  const previousId = document.activeElement?.id;
  const openThreads = [...document.querySelectorAll('details.thread[open]')].map(
    (thread) => thread.closest('article[data-ts]')?.dataset.ts,
  );
  const response = await fetch(location.href, { headers: { 'x-sandbox-fragment': '1' } });
  app.innerHTML = await response.text();
  for (const ts of openThreads) {
    const thread = ts && document.querySelector(`article[data-ts="${CSS.escape(ts)}"] > details.thread`);
    if (thread) thread.open = true;
  }
  lastVersion = null;
  focusAfterRefresh(previousId);
}

async function run(work) {
  if (busy) return;
  busy = true;
  document.body.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (error) {
    alert(error.message);
  } finally {
    try {
      await refresh();
    } finally {
      busy = false;
      document.body.removeAttribute('aria-busy');
    }
  }
}

function valuesOf(control) {
  if (control.matches('select')) return [...control.selectedOptions].map((option) => option.value).filter(Boolean);
  if (control.matches('[role="group"], [role="radiogroup"]'))
    return [...control.querySelectorAll('input:checked')].map((input) => input.value);
  return control.value === '' ? [] : [control.value];
}

/** What the person has chosen in a form, by block id and action id, as plain strings. */
function stateOf(container) {
  const state = {};
  if (!container) return state;
  for (const control of container.querySelectorAll('[data-block-id][data-action-id]')) {
    if (control.matches('button')) continue;
    const { blockId, actionId } = control.dataset;
    state[blockId] = { ...(state[blockId] ?? {}), [actionId]: valuesOf(control) };
  }
  return state;
}

function sendAction(control, values) {
  const { blockId, actionId } = control.dataset;
  const view = control.closest('[data-view-id]');
  const message = control.closest('article[data-ts]');
  const where = view
    ? { viewId: view.dataset.viewId, state: stateOf(view.closest('form')) }
    : { channel: message?.dataset.channel, ts: message?.dataset.ts };
  return run(() => post('action', { blockId, actionId, values, ...where }));
}

function askFirst(control, proceed) {
  const dialog = control.dataset.confirm && document.getElementById(control.dataset.confirm);
  if (!dialog) return proceed();
  pendingConfirm = { dialog, proceed, opener: control };
  dialog.hidden = false;
  dialog.querySelector('[data-confirm-answer="yes"]')?.focus();
}

function answerConfirm(yes) {
  const { dialog, proceed, opener } = pendingConfirm;
  pendingConfirm = null;
  dialog.hidden = true;
  if (yes) proceed();
  else opener.focus();
}

function showReactionMenu(button) {
  const menu = document.getElementById('reaction-menu');
  reactionTarget = button.closest('article[data-ts]');
  const box = button.getBoundingClientRect();
  menu.style.top = `${window.scrollY + box.bottom + 4}px`;
  menu.style.left = `${window.scrollX + box.left}px`;
  menu.hidden = false;
  menu.querySelector('button')?.focus();
}

function react(article, name) {
  document.getElementById('reaction-menu').hidden = true;
  return run(() => post('react', { channel: article.dataset.channel, ts: article.dataset.ts, name }));
}

document.addEventListener('click', (event) => {
  const target = event.target.closest('button, summary');
  if (!target || target.matches('summary')) return;
  if (target.dataset.confirmAnswer) return answerConfirm(target.dataset.confirmAnswer === 'yes');
  if (target.dataset.time) return run(() => post('time', { step: target.dataset.time }));
  if (target.hasAttribute('data-reset')) return askFirst(target, () => run(() => post('reset', {})));
  if (target.hasAttribute('data-close-view')) return run(() => post('close', { viewId: target.dataset.viewId }));
  if (target.hasAttribute('data-react-menu')) return showReactionMenu(target);
  if (target.dataset.reactChoice && reactionTarget) return react(reactionTarget, target.dataset.reactChoice);
  if (target.dataset.react) return react(target.closest('article[data-ts]'), target.dataset.react);
  if (target.dataset.bk === 'action') {
    if (target.dataset.url) window.open(target.dataset.url, '_blank', 'noopener');
    return askFirst(target, () => sendAction(target, []));
  }
});

document.addEventListener('change', (event) => {
  const control = event.target.closest('[data-bk="action"], [data-you-are]');
  if (!control) return;
  if (control.matches('[data-you-are]')) {
    const url = new URL(location.href);
    url.searchParams.set('as', control.value);
    location.assign(url);
    return;
  }
  const values = valuesOf(control);
  if (values.length > 0 || !control.matches('.bk-overflow')) sendAction(control, values);
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  event.preventDefault();
  if (form.matches('.modal-form')) {
    return run(() => post('submit', { viewId: form.dataset.viewId, state: stateOf(form) }));
  }
  if (form.matches('[data-composer]')) {
    const box = form.querySelector('textarea');
    const text = box.value.trim();
    if (!text) return;
    return run(() => post('command', { channel: form.dataset.channel, text }));
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && event.target.matches('#composer')) {
    event.preventDefault();
    event.target.form.requestSubmit();
  }
  if (event.key !== 'Escape') return;
  if (pendingConfirm) return answerConfirm(false);
  const menu = document.getElementById('reaction-menu');
  if (menu && !menu.hidden) {
    menu.hidden = true;
    return;
  }
  document.querySelector('[role="dialog"] [data-close-view]')?.click();
});

// Things also happen on their own (the live heartbeat); refresh when idle and nothing is being typed.
setInterval(async () => {
  if (busy || document.querySelector('[role="dialog"]') || document.querySelector('#composer')?.value) return;
  const { version } = await fetch('/api/version').then((response) => response.json());
  if (lastVersion !== null && version !== lastVersion) await refresh();
  lastVersion = version;
}, 4000);
