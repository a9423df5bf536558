// A job followed live: its progress bar ("12 of 40 read"), each image's state, and cancel. Used by
// the Upload page after sending and by a job's own page.

import { get, del, followJob } from './api.js';
import { h, fill, chip, toast } from './dom.js';

export const ENDED = ['completed', 'failed', 'cancelled'];

/** The chip state of an image's status (queued / reading / done / failed / skipped). */
export function itemChip(status) {
  return chip(status === 'processing' ? 'reading' : status === 'completed' ? 'done' : status);
}

export function jobChip(status) {
  return chip(status === 'completed' ? 'done' : status, status === 'processing' ? 'reading' : null);
}

/** "12 of 40 read, 1 failed" from the job's counts (or its progress when counts are missing). */
export function countsText(job) {
  if (job.total_items === undefined || job.total_items === null) return `${job.progress}%`;
  const parts = [`${job.done_items} of ${job.total_items} read`];
  if (job.failed_items) parts.push(`${job.failed_items} failed`);
  return parts.join(', ');
}

export function liveJob(jobId, { onUpdate = () => {}, onEnd = () => {} } = {}) {
  const bar = h('div');
  const progress = h('div.progress', { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-label': 'Job progress' }, bar);
  const left = h('span', { id: 'job-progress-text' }, 'Waiting for the first news…');
  const right = h('span.muted', '');
  const status = h('span', '');
  const items = h('div.items', { 'aria-live': 'polite' });
  const cancel = h('button.danger.small', { type: 'button', id: 'cancel-job' }, 'Cancel job');
  const el = h('section.panel.job-live', { dataset: { jobId } },
    h('div.row', h('h2', 'Progress'), status, h('span.spacer'), cancel),
    progress,
    h('div.progress-label', left, right),
    items,
  );
  let itemsTimer = null;
  let lastItemsAt = 0;
  let ended = false;
  let itemsApi = true;

  cancel.addEventListener('click', async () => {
    if (!confirm('Cancel this job? Images not read yet will be skipped.')) return;
    try {
      await del(`/jobs/${encodeURIComponent(jobId)}`);
      toast('Job cancelled');
    } catch (e) {
      toast(e.message, 'error');
    }
  });

  function showItems(list) {
    fill(items, list.map((it) => [
      h('div.item', { dataset: { status: it.status } },
        h('span.name', { title: it.filename }, it.filename),
        itemChip(it.status)),
      it.error ? h('div.item-error', `${it.filename}: ${it.error}`) : null,
    ]));
  }

  async function loadItems(job) {
    lastItemsAt = Date.now();
    if (itemsApi) {
      try {
        showItems(await get(`/jobs/${encodeURIComponent(jobId)}/items`));
        return;
      } catch (e) {
        if (e.status !== 404 || e.code === 'JOB_NOT_FOUND') return;
        itemsApi = false; // an older server: the job's result lists the images once it ended
      }
    }
    if (job.result) showItems(job.result.map((r) => ({ filename: r.filename, status: r.status, error: r.error })));
  }

  function scheduleItems(job) {
    clearTimeout(itemsTimer);
    const wait = Math.max(0, 800 - (Date.now() - lastItemsAt));
    itemsTimer = setTimeout(() => loadItems(job), ENDED.includes(job.status) ? 0 : wait);
  }

  const stop = followJob(jobId, (job, how) => {
    const pct = Math.max(0, Math.min(100, job.progress || 0));
    bar.style.width = `${pct}%`; // CSSOM, allowed under style-src 'self'
    progress.setAttribute('aria-valuenow', pct);
    progress.classList.toggle('done', job.status === 'completed');
    fill(left, `${pct}% · ${countsText(job)}`);
    fill(right, job.current_step || '', how === 'polling' ? ' · updating every 1.5 s' : ' · live');
    fill(status, jobChip(job.status));
    cancel.hidden = ENDED.includes(job.status);
    el.dataset.status = job.status;
    el.dataset.progress = pct;
    scheduleItems(job);
    onUpdate(job);
    if (ENDED.includes(job.status) && !ended) {
      ended = true;
      onEnd(job);
    }
  });

  return {
    el,
    stop: () => {
      stop();
      clearTimeout(itemsTimer);
    },
  };
}
