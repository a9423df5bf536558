import { get } from '../api.js';
import { h, fill, field, pageTitle, table, ago, empty, errorBox, button } from '../dom.js';
import { jobChip, countsText, ENDED } from '../jobview.js';

const STATUSES = ['', 'queued', 'processing', 'completed', 'failed', 'cancelled'];

/** The caller's jobs, filtered and paged; refreshed every 3 s while any shown job runs. */
export async function render(main, _params, _session, query) {
  const state = { status: query.get('status') || '', type: query.get('job_type') || '', page: Number(query.get('page')) || 1 };
  const status = h('select', { name: 'status' }, STATUSES.map((s) => h('option', { value: s, selected: s === state.status }, s ? (s === 'processing' ? 'reading' : s) : 'any status')));
  const type = h('select', { name: 'job_type' }, ['', 'upload', 'grading'].map((t) => h('option', { value: t, selected: t === state.type }, t || 'any type')));
  const body = h('div', h('p.loading', 'Loading jobs…'));
  let timer = null;

  async function load() {
    clearTimeout(timer);
    const q = new URLSearchParams({ page: state.page, per_page: 20 });
    if (state.status) q.set('status', state.status);
    if (state.type) q.set('job_type', state.type);
    try {
      const list = await get(`/jobs?${q}`);
      if (!list.jobs.length) {
        fill(body, empty(state.status || state.type ? 'No jobs match' : 'No jobs yet',
          h('p', 'Jobs appear here when you upload sheets.'), h('a.button.primary', { href: '#/upload' }, 'Upload sheets')));
      } else {
        fill(body,
          table(
            [{ label: 'Job' }, { label: 'Type' }, { label: 'Status' }, { label: 'Progress' }, { label: 'Created' }, { label: 'Ended', cls: 'hide-phone' }],
            list.jobs.map((j) => h('tr', { dataset: { jobId: j.job_id } },
              h('td', h('a.mono', { href: `#/jobs/${j.job_id}` }, j.job_id.slice(0, 8))),
              h('td', j.job_type),
              h('td', jobChip(j.status)),
              h('td', countsText(j)),
              h('td', ago(j.created_at)),
              h('td.hide-phone', j.completed_at ? ago(j.completed_at) : h('span.muted', '—')))),
            { caption: 'Your jobs' }),
          h('div.pager',
            h('span.muted', `Page ${list.page} of ${Math.max(1, list.pages)} · ${list.total} jobs`),
            button('Previous', () => { state.page--; load(); }, 'small', { disabled: list.page <= 1 }),
            button('Next', () => { state.page++; load(); }, 'small', { disabled: list.page >= list.pages })));
      }
      if (list.jobs.some((j) => !ENDED.includes(j.status))) timer = setTimeout(load, 3000);
      else timer = setTimeout(load, 15000);
    } catch (e) {
      fill(body, errorBox(e));
    }
  }
  for (const [el, key] of [[status, 'status'], [type, 'type']]) {
    el.addEventListener('change', () => { state[key] = el.value; state.page = 1; load(); });
  }
  main.append(pageTitle('Jobs', h('a.button.primary', { href: '#/upload' }, 'Upload sheets')),
    h('div.filters', field('Status', status), field('Type', type)), body);
  load();
  return () => clearTimeout(timer);
}
