import { get, BASE } from '../api.js';
import { h, fill, pageTitle, ago, score, chip, errorBox, empty } from '../dom.js';
import { liveJob, itemChip, ENDED } from '../jobview.js';

/** One answer as a small chip-like box: "3 · Paris" coloured and worded by its decision. */
export function answerBox(a) {
  const state = a.needs_review ? 'review' : a.correct === true ? 'right' : a.correct === false ? 'wrong' : '';
  const word = a.needs_review ? `to review${a.review_reason ? ` (${a.review_reason.replace('_', ' ')})` : ''}` : a.correct === true ? 'right' : a.correct === false ? 'wrong' : 'read';
  return h(`span.ans${state ? '.ans-' + state : ''}`, { title: `Question ${a.q}: ${word}${a.confidence != null ? `, confidence ${Math.round(a.confidence)}` : ''}` },
    h('strong', `${a.q}`), ' ', a.corrected_text ? [a.corrected_text, h('span.muted', ` (read “${a.text ?? ''}”)`)] : a.text ?? '—', ` · ${word}`);
}

export function sheetCard(jobId, it, { admin = false } = {}) {
  const img = it.image_available && !admin
    ? h('a', { href: `${BASE}/jobs/${jobId}/items/${it.item_id}/image`, target: '_blank', rel: 'noopener', title: 'Open the whole sheet' },
      h('img.thumb', { src: `${BASE}/jobs/${jobId}/items/${it.item_id}/image?width=320`, alt: `Sheet ${it.filename}`, width: 160 }))
    : h('div.thumb-missing', it.image_available === false ? 'Image deleted by the retention cleanup' : 'No preview');
  return h('article.sheet-card', { dataset: { itemId: it.item_id, status: it.status } },
    img,
    h('div',
      h('h3', h('span.filename', it.filename), itemChip(it.status),
        it.submission_id ? h('span', score(it.score, it.max_score)) : null,
        it.needs_review ? chip('review') : null),
      it.student_name || it.student_id ? h('p.muted', 'Student: ', it.student_name || '—', it.student_id ? ` · id ${it.student_id}` : '') : null,
      it.error ? h('div.alert.alert-error', h('strong', 'Failed: '), it.error) : null,
      it.answers && it.answers.length ? h('div.answers', it.answers.map(answerBox)) : null,
      it.submission_id && !admin ? h('p', h('a', { href: `#/sheets/${it.submission_id}` }, 'Marked sheet')) : null,
      it.text ? h('details', h('summary', 'Text as read'), h('pre.ocr-text', it.text)) : null));
}

export async function render(main, params) {
  const id = params.id;
  const head = h('div', pageTitle(`Job ${id.slice(0, 8)}`));
  const info = h('p.sub', '');
  const sheets = h('div.sheets', h('p.loading', 'Loading images…'));
  main.append(head, info);
  let job;
  try {
    job = await get(`/jobs/${encodeURIComponent(id)}`);
  } catch (e) {
    main.append(errorBox(e));
    return null;
  }
  fill(info, `${job.job_type} job · created `, ago(job.created_at), job.completed_at ? [' · ended ', ago(job.completed_at)] : null,
    job.quiz_id ? [' · ', h('a', { href: `#/quizzes/${job.quiz_id}/results` }, 'quiz results'), ' · ',
      h('a', { href: `#/quizzes/${job.quiz_id}/review?job_id=${id}` }, 'review this upload')] : null);

  async function loadItems() {
    try {
      const items = await get(`/jobs/${encodeURIComponent(id)}/items`);
      fill(sheets, items.length ? items.map((it) => sheetCard(id, it)) : empty('No images', h('p', 'This job has no images.')));
    } catch (e) {
      if (e.status === 404 && job.result) {
        fill(sheets, job.result.map((r, i) => sheetCard(id, { item_id: i, filename: r.filename, status: r.status, error: r.error, image_available: false, answers: r.data && r.data.answers, text: r.data && r.data.text })));
      } else fill(sheets, errorBox(e));
    }
  }

  let live = null;
  if (!ENDED.includes(job.status)) {
    live = liveJob(id, { onEnd: loadItems });
    main.append(live.el);
  } else if (job.error) {
    main.append(h('div.alert.alert-error', job.error));
  }
  main.append(h('h2', 'Images'), sheets);
  loadItems();
  return () => live && live.stop();
}
