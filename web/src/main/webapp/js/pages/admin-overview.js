import { get } from '../api.js';
import { h, fill, pageTitle, table, errorBox, chip, num } from '../dom.js';
import { lines, columns } from '../charts.js';
import { tabs } from '../console.js';

const STATUS_WORDS = { queued: 'queued', processing: 'reading', completed: 'done', failed: 'failed', cancelled: 'cancelled' };

function stat(label, value, detail, id) {
  return h('div.stat', { id }, h('div.label', label), h('div.value', value), detail ? h('div.detail', detail) : null);
}

function q(queue, ...names) {
  for (const n of names) if (queue[n] !== undefined && queue[n] !== null) return queue[n];
  return null;
}

/** The console's overview, refreshed every 5 s (charts every 30 s). */
export async function render(main, _params, session) {
  const cards = h('div.grid.grid-4', { id: 'overview-cards' });
  const queues = h('div', { id: 'queues' });
  const charts = h('div.grid.grid-2');
  const updated = h('span.muted', { 'aria-live': 'off' });
  const problem = h('div');
  main.append(pageTitle('Console', updated), ...tabs('overview', session), problem, cards,
    h('h2', 'Queues'), queues, h('h2', 'Last hour'), charts);
  let timer = null;
  let chartsTimer = null;

  async function load() {
    try {
      const o = await get('/admin/overview');
      fill(problem);
      const jobs = o.jobs || {};
      const workers = o.workers || {};
      const dbUp = o.database ? o.database.up : true;
      const redisUp = o.redis ? o.redis.up : o.progress_cache_available;
      fill(cards,
        stat('Workers busy', workers.total !== undefined ? `${workers.busy} / ${workers.total}` : '—', 'images being read now', 'stat-workers'),
        stat('Database', chip(dbUp ? 'up' : 'down'), o.nodes ? `node ${[].concat(o.nodes).map((n) => n.name || n).join(', ')}` : null, 'stat-db'),
        stat('Redis', chip(redisUp ? 'up' : 'down'), redisUp ? 'progress cache' : 'status served from the database', 'stat-redis'),
        stat('Images', num(o.images), `${num(o.stored_images)} stored`, 'stat-images'),
        ...Object.entries(jobs).map(([s, n]) => stat(`Jobs ${STATUS_WORDS[s] || s}`, num(n), null, `stat-jobs-${s}`)));
      const qs = Object.entries(o.queues || {});
      fill(queues, qs.length
        ? table(
          [{ label: 'Queue' }, { label: 'Waiting', cls: 'num' }, { label: 'In delivery', cls: 'num' }, { label: 'Scheduled', cls: 'num' }, { label: 'Dead letters', cls: 'num' }, { label: 'Consumers', cls: 'num' }],
          qs.map(([name, v]) => h('tr', { dataset: { queue: name } },
            h('td', name),
            h('td.num', num(q(v, 'waiting', 'messages'))),
            h('td.num', num(q(v, 'in_delivery', 'delivering'))),
            h('td.num', num(q(v, 'scheduled'))),
            h('td.num', q(v, 'dead_letters') ? h('span.chip.chip-failed', `${q(v, 'dead_letters')} dead`) : num(q(v, 'dead_letters'))),
            h('td.num', num(q(v, 'consumers'))))),
          { caption: 'Work queues' })
        : h('p.muted', 'The broker’s queue figures are not visible to the application.'));
      fill(updated, `Updated ${new Date().toLocaleTimeString()} · every 5 s`);
    } catch (e) {
      fill(problem, errorBox(e));
    }
    timer = setTimeout(load, 5000);
  }

  async function loadCharts() {
    try {
      const ts = await get('/admin/timeseries?minutes=60');
      const pts = ts.points.map((p) => ({ ...p, t: new Date(p.t) }));
      fill(charts,
        h('section.panel', h('h3', 'Images read per minute'), h('div.legend', h('span', 'done'), h('span.bad', 'failed')),
          columns([
            { name: 'done', cls: 'bar', points: pts.map((p) => ({ t: p.t, v: p.images_done })) },
            { name: 'failed', cls: 'bar-bad', points: pts.map((p) => ({ t: p.t, v: p.images_failed })) },
          ], { bucketSeconds: ts.bucket_seconds || 60, ariaLabel: 'Images read per minute over the last hour' })),
        h('section.panel', h('h3', 'Time waiting in the queue (s)'),
          lines([{ name: 'mean wait', cls: 'line', points: pts.filter((p) => p.mean_wait_ms != null).map((p) => ({ t: p.t, v: p.mean_wait_ms / 1000 })) }],
            { ariaLabel: 'Mean time in the queue over the last hour', format: (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v))) })));
    } catch (e) {
      fill(charts, h('p.muted', `Charts unavailable: ${e.message}`));
    }
    chartsTimer = setTimeout(loadCharts, 30000);
  }

  load();
  loadCharts();
  return () => {
    clearTimeout(timer);
    clearTimeout(chartsTimer);
  };
}
