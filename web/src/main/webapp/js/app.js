// The app shell: who is signed in, the navigation, and hash routes to lazily loaded pages. Each
// page module exports render(main, params, session) and may return a cleanup function (stop
// streams and timers) that runs when the route changes.

import { get, post, whenSignedOut } from './api.js';
import { h, fill, tickTimes, errorBox } from './dom.js';

const routes = [
  ['/signin', 'signin'],
  ['/', 'upload'],
  ['/upload', 'upload'],
  ['/jobs', 'jobs'],
  ['/jobs/:id', 'job'],
  ['/quizzes', 'quizzes'],
  ['/quizzes/new', 'quiz-edit'],
  ['/quizzes/:id', 'quiz-edit'],
  ['/quizzes/:id/results', 'results'],
  ['/quizzes/:id/review', 'review'],
  ['/sheets/:id', 'sheet'],
  ['/tokens', 'tokens'],
  ['/admin', 'admin-overview'],
  ['/admin/jobs', 'admin-jobs'],
  ['/admin/jobs/:id', 'admin-job'],
  ['/admin/users', 'admin-users'],
];

export const session = {
  me: null,
  get roles() {
    return (this.me && this.me.roles) || [];
  },
  get isAdmin() {
    return this.roles.includes('admin');
  },
  get isMonitor() {
    return this.roles.includes('monitor') && !this.isAdmin;
  },
  /** Whether the account marks quizzes (a monitor-only account only watches the console). */
  get marks() {
    return this.roles.includes('teacher') || this.isAdmin;
  },
    get seesConsole() {
    return this.isAdmin || this.roles.includes('monitor');
  },
};

let cleanup = null;
const main = document.getElementById('main');

function match(path) {
  const [pathOnly, query = ''] = path.split('?');
  for (const [pattern, page] of routes) {
    const p = pattern.split('/');
    const a = pathOnly.split('/');
    if (p.length !== a.length) continue;
    const params = {};
    if (p.every((seg, i) => (seg.startsWith(':') ? (params[seg.slice(1)] = decodeURIComponent(a[i])) : seg === a[i]))) {
      return { page, params, query: new URLSearchParams(query) };
    }
  }
  return null;
}

function renderNav(current) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  if (!session.me) {
    nav.replaceChildren();
    who.replaceChildren();
    return;
  }
  const items = session.marks
    ? [
      ['#/upload', 'Upload', ['upload']],
      ['#/jobs', 'Jobs', ['jobs', 'job']],
      ['#/quizzes', 'Quizzes', ['quizzes', 'quiz-edit', 'results', 'review', 'sheet']],
    ]
    : [];
  if (session.seesConsole) items.push(['#/admin', 'Console', ['admin-overview', 'admin-jobs', 'admin-job', 'admin-users']]);
  fill(
    nav,
    h('ul', items.map(([href, label, pages]) =>
      h('li', h('a', { href, 'aria-current': pages.includes(current) ? 'page' : null }, label)))),
  );
  fill(
    who,
    h('a.who-name', { href: '#/tokens', title: `Signed in as ${session.me.username} · API tokens and password` }, session.me.username),
    session.isMonitor ? h('span.chip.chip-other.hide-phone', 'monitor') : null,
    h('button.linklike', { type: 'button', id: 'signout', onclick: signOut }, 'Sign out'),
  );
}

async function signOut() {
  await post('/auth/logout').catch(() => {});
  document.getElementById('toasts').replaceChildren();
  session.me = null;
  location.hash = '#/signin';
}

export async function refreshMe() {
  try {
    session.me = await get('/auth/me');
  } catch (e) {
    session.me = null;
  }
  return session.me;
}

async function route() {
  if (cleanup) {
    try {
      cleanup();
    } catch (e) {
      /* a page's cleanup must not block the next page */
    }
    cleanup = null;
  }
  const path = location.hash.replace(/^#/, '') || '/';
  const m = match(path);
  if (!m) {
    fill(main, h('div.empty', h('h1', 'Not found'), h('p', 'There is no page here. ', h('a', { href: '#/' }, 'Go to Upload'))));
    return;
  }
  if (!session.me && m.page !== 'signin') {
    sessionStorage.setItem('qm.after', path);
    location.replace('#/signin');
    return;
  }
  if (m.page === 'upload' && path === '/' && !session.marks && session.seesConsole) {
    location.replace('#/admin');
    return;
  }
    renderNav(m.page);
  main.setAttribute('aria-busy', 'true');
  try {
    const mod = await import(`./pages/${m.page}.js`);
    main.replaceChildren();
    main.className = `page-${m.page}`;
    cleanup = (await mod.render(main, m.params, session, m.query)) || null;
    performance.mark(`qm:rendered:${m.page}`); // the browser tests read the first page's time
  } catch (e) {
    fill(main, errorBox(e));
  } finally {
    main.removeAttribute('aria-busy');
  }
}

whenSignedOut(() => {
  if (session.me) {
    session.me = null;
    location.hash = '#/signin';
  }
});

export function afterSignIn() {
  const next = sessionStorage.getItem('qm.after');
  sessionStorage.removeItem('qm.after');
  location.hash = `#${next && next !== '/signin' ? next : '/'}`;
}

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

window.addEventListener('hashchange', route);
// Sticky parts of pages sit under the top bar, whose height changes with the width.
new ResizeObserver(([e]) => document.documentElement.style.setProperty('--topbar-h', `${Math.ceil(e.target.getBoundingClientRect().height)}px`))
  .observe(document.querySelector('.topbar'));
setInterval(() => tickTimes(main), 20000);
await refreshMe();
route();
