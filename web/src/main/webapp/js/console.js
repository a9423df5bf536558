// Shared parts of the admin console: its tabs, the read-only note for the monitor role, and the
// owner names of jobs.

import { get } from './api.js';
import { h } from './dom.js';

export function tabs(current, session) {
  const items = [['#/admin', 'Overview', 'overview'], ['#/admin/jobs', 'Jobs of all users', 'jobs'], ['#/admin/users', 'Users', 'users']];
  return [
    h('nav.tabs', { 'aria-label': 'Console' }, items.map(([href, label, key]) => h('a', { href, 'aria-current': key === current ? 'page' : null }, label))),
    session.isMonitor ? h('p.alert.alert-info.readonly-note', { id: 'readonly-note' }, 'Read-only: the monitor role sees the console but cannot change anything.') : null,
  ].filter(Boolean);
}

/** Whether the caller may change things (admins); monitors only look. */
export const canChange = (session) => session.isAdmin;

let ownerNames = null;
/** id → username of every account (admin and monitor may list users). */
export async function owners() {
  if (!ownerNames) {
    ownerNames = new Map();
    try {
      for (const u of await get('/admin/users')) ownerNames.set(u.id, u.username);
    } catch (e) {
      /* names are a nicety; ids still show */
    }
    setTimeout(() => { ownerNames = null; }, 60000);
  }
  return ownerNames;
}
