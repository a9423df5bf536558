import { get } from '../api.js';
import { h, fill, pageTitle, ago, errorBox, button, empty } from '../dom.js';
import { jobChip, countsText, ENDED } from '../jobview.js';
import { sheetCard } from './job.js';
import { tabs, canChange, owners } from '../console.js';
import { retry, cancel } from './admin-jobs.js';

/** One job of any user: owner, images with their errors, retry and cancel. */
export async function render(main, params, session) {
  const id = encodeURIComponent(params.id);
  const head = h('div');
  const items = h('div.sheets');
  main.append(pageTitle(`Job ${params.id.slice(0, 8)}`), ...tabs('jobs', session), head, h('h2', 'Images'), items);
  let timer = null;
  async function load() {
    clearTimeout(timer);
    try {
      const [j, names] = await Promise.all([get(`/admin/jobs/${id}`), owners()]);
      const job = j.job || j;
      const owner = j.owner || names.get(j.owner_id) || `user ${j.owner_id}`;
      const list = j.items || job.items || [];
      const failed = list.filter((i) => i.status === 'failed');
      fill(head, h('div.panel',
        h('div.row', jobChip(job.status), h('strong', countsText(job)), h('span.muted', `owner ${owner}`), h('span.muted', ' · created '), ago(job.created_at),
          h('span.spacer'),
          canChange(session) && (failed.length || job.status === 'failed') ? button(`Retry ${failed.length || ''} failed`, async () => { if (await retry(params.id)) load(); }, 'primary', { id: 'retry-job' }) : null,
          canChange(session) && !ENDED.includes(job.status) ? button('Cancel', async () => { if (await cancel(params.id)) load(); }, 'danger') : null),
        job.error ? h('p.alert.alert-error', job.error) : null,
        failed.length ? h('div.alert.alert-warn', h('strong', `${failed.length} of ${list.length} failed:`), h('ul', failed.map((f) => h('li', f.filename, ': ', f.error || 'no reason recorded')))) : null));
      fill(items, list.length ? list.map((it) => sheetCard(params.id, it, { admin: true })) : empty('No images'));
      if (!ENDED.includes(job.status)) timer = setTimeout(load, 2000);
    } catch (e) {
      fill(head, errorBox(e));
    }
  }
  load();
  return () => clearTimeout(timer);
}
