import { get, post, del } from '../api.js';
import { h, fill, field, pageTitle, table, ago, empty, errorBox, toast, button } from '../dom.js';
import { jobChip, countsText, ENDED } from '../jobview.js';
import { tabs, canChange, owners } from '../console.js';

const STATUSES = ['', 'queued', 'processing', 'completed', 'failed', 'cancelled'];

export async function retry(id) {
  try {
    await post(`/admin/jobs/${encodeURIComponent(id)}/retry`);
    toast('Failed images queued again');
    return true;
  } catch (e) {
    toast(e.message, 'error');
    return false;
  }
}

export async function cancel(id) {
  if (!confirm('Cancel this job for its owner?')) return false;
  try {
    await del(`/admin/jobs/${encodeURIComponent(id)}`);
    toast('Job cancelled');
    return true;
  } catch (e) {
    toast(e.message, 'error');
    return false;
  }
}

/** Jobs of all users with their owner, filters, retry, cancel; the image cleanup. */
export async function render(main, _params, session, query) {
  const may = canChange(session);
  const state = { status: query.get('status') || '', page: 1 };
  const status = h('select', { name: 'status', id: 'admin-status' }, STATUSES.map((s) => h('option', { value: s, selected: s === state.status }, s ? (s === 'processing' ? 'reading' : s) : 'any status')));
  const body = h('div', h('p.loading', 'Loading jobs…'));
  const days = h('input', { type: 'number', min: 0, max: 36500, name: 'older_than_days', placeholder: 'retention' });
  let timer = null;

  async function load() {
    clearTimeout(timer);
    const q = new URLSearchParams({ page: state.page, per_page: 25 });
    if (state.status) q.set('status', state.status);
    try {
      const [list, names] = await Promise.all([get(`/admin/jobs?${q}`), owners()]);
      if (!list.jobs.length) fill(body, empty('No jobs', h('p', state.status ? 'No job has this status.' : 'Nobody has uploaded yet.')));
      else {
        fill(body,
          table(
            [{ label: 'Job' }, { label: 'Owner' }, { label: 'Type', cls: 'hide-phone' }, { label: 'Status' }, { label: 'Images' }, { label: 'Created', cls: 'hide-phone' }, { label: '' }],
            list.jobs.map((o) => {
              const j = o.job || o;
              const owner = o.owner || names.get(o.owner_id) || `user ${o.owner_id}`;
              return h('tr', { dataset: { jobId: j.job_id, status: j.status } },
                h('td', h('a.mono', { href: `#/admin/jobs/${j.job_id}` }, j.job_id.slice(0, 8))),
                h('td', owner),
                h('td.hide-phone', j.job_type),
                h('td', jobChip(j.status)),
                h('td', countsText(j)),
                h('td.hide-phone', ago(j.created_at)),
                h('td', may ? h('div.row',
                  j.failed_items || j.status === 'failed' ? button('Retry', async () => { if (await retry(j.job_id)) load(); }, 'small retry') : null,
                  !ENDED.includes(j.status) ? button('Cancel', async () => { if (await cancel(j.job_id)) load(); }, 'small danger') : null) : null));
            }),
            { caption: 'Jobs of all users' }),
          h('div.pager',
            h('span.muted', `Page ${list.page} of ${Math.max(1, list.pages)} · ${list.total} jobs`),
            button('Previous', () => { state.page--; load(); }, 'small', { disabled: list.page <= 1 }),
            button('Next', () => { state.page++; load(); }, 'small', { disabled: list.page >= list.pages })));
      }
    } catch (e) {
      fill(body, errorBox(e));
    }
    timer = setTimeout(load, 5000);
  }
  status.addEventListener('change', () => { state.status = status.value; state.page = 1; load(); });

  const cleanup = may
    ? h('form.panel', {
      onsubmit: async (e) => {
        e.preventDefault();
        if (!confirm('Delete the stored images of old ended jobs? Results and marks stay.')) return;
        try {
          const r = await post('/admin/cleanup', days.value === '' ? undefined : { older_than_days: Number(days.value) });
          toast(`Deleted ${r.deleted_images} stored images of jobs ended before ${new Date(r.cutoff).toLocaleDateString()}`);
        } catch (err) {
          toast(err.message, 'error');
        }
      },
    }, h('h2', 'Image cleanup'),
    h('div.inline-fields', field('Older than (days; empty: the configured retention)', days), h('button', { type: 'submit' }, 'Delete old images')))
    : null;

  main.append(pageTitle('Console'), ...tabs('jobs', session), h('div.filters', field('Status', status)), body);
  if (cleanup) main.append(cleanup);
  load();
  return () => clearTimeout(timer);
}
