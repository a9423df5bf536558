// Building the page from data. Every text that came from a user, a sheet or a file goes in as a
// text node (textContent); nothing here ever parses a string as HTML.

/**
 * h('tag.class', {attr: value, onclick: fn, dataset: {...}}, child, ...): a new element. Children
 * may be nodes, strings (text nodes), numbers, arrays, or null/false (skipped).
 */
export function h(tag, attrs, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name || 'div');
  if (classes.length) el.className = classes.join(' ');
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = [el.className, v].filter(Boolean).join(' ');
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'disabled' || k === 'hidden' || k === 'selected') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// ---- numbers and times people trust -----------------------------------------------------------

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });
const exact = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** "2 min ago" for an ISO time, as text of its own (used by the ticking refresher). */
export function agoText(iso) {
  if (!iso) return '—';
  const s = (Date.parse(iso) - Date.now()) / 1000;
  const a = Math.abs(s);
  if (a < 45) return 'just now';
  if (a < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (a < 86400) return rtf.format(Math.round(s / 3600), 'hour');
  return rtf.format(Math.round(s / 86400), 'day');
}

/** A <time> showing "2 min ago", the exact time on hover; kept current by tickTimes(). */
export function ago(iso) {
  if (!iso) return h('span.muted', '—');
  return h('time.ago', { datetime: iso, title: exact.format(new Date(iso)) }, agoText(iso));
}

export function tickTimes(root = document) {
  for (const t of root.querySelectorAll('time.ago')) t.textContent = agoText(t.dateTime);
}

export function num(x) {
  if (x === null || x === undefined) return '—';
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
}

/** "17 / 20". */
export function score(s, max) {
  return `${num(s)} / ${num(max)}`;
}

export function bytes(n) {
  if (n === null || n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function plural(n, one, many = one + 's') {
  return `${n} ${n === 1 ? one : many}`;
}

// ---- status chips: colour AND a word -----------------------------------------------------------

const CHIP_WORDS = {
  queued: 'queued',
  processing: 'reading',
  reading: 'reading',
  completed: 'done',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
  skipped: 'skipped',
  review: 'needs review',
  right: 'right',
  wrong: 'wrong',
  up: 'up',
  down: 'down',
  disabled: 'disabled',
  active: 'active',
};

export function chip(state, word) {
  const known = CHIP_WORDS[state] !== undefined;
  return h(`span.chip.chip-${known ? state : 'other'}`, word || CHIP_WORDS[state] || state);
}

// ---- small UI pieces ---------------------------------------------------------------------------

export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  const t = h(`div.toast.toast-${kind}`, message);
  box.append(t);
  setTimeout(() => t.remove(), kind === 'error' ? 8000 : 4000);
}

/** A labelled field: label text, then the control; returns [wrapper, control]. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const wrap = h('div.field', h('label', { for: id }, label), control, hint ? h('small.hint', hint) : null);
  return wrap;
}

export function empty(title, ...body) {
  return h('div.empty', h('h2', title), ...body);
}

export function errorBox(err) {
  return h('div.alert.alert-error', { role: 'alert' }, err && err.message ? err.message : String(err));
}

export function pageTitle(title, ...extra) {
  document.title = `${title} · QuizMarker`;
  return h('div.page-head', h('h1', title), extra.length ? h('div.actions', ...extra) : null);
}

/** A table with a sticky header: columns [{label, cls}], rows of cell arrays. */
export function table(columns, rows, opts = {}) {
  const thead = h('thead', h('tr', columns.map((c) => h('th', { scope: 'col', class: c.cls }, c.head || c.label))));
  const tbody = h('tbody', rows);
  return h('div.table-wrap', h(`table${opts.cls ? '.' + opts.cls : ''}`, opts.caption ? h('caption.sr-only', opts.caption) : null, thead, tbody));
}

export function button(label, onclick, cls = '', attrs = {}) {
  return h(`button${cls ? '.' + cls : ''}`, { type: 'button', onclick, ...attrs }, label);
}
