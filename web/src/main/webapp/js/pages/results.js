import { get, post, BASE } from '../api.js';
import { h, fill, pageTitle, table, ago, empty, errorBox, score, num, toast, button, plural } from '../dom.js';
import { bars } from '../charts.js';

const COLUMNS = [
  { key: 'student_name', label: 'Student' },
  { key: 'student_id', label: 'Student id', cls: 'hide-phone' },
  { key: 'score', label: 'Score', cls: 'num' },
  { key: 'review', label: 'To review', cls: 'num' },
  { key: 'graded_at', label: 'Graded', cls: 'hide-phone' },
];

/** Sheets per page of the table; the figures above it are the server's, over every sheet. */
const PER_PAGE = 100;

/** A quiz's results: one row per sheet, sortable; CSV; charts; marked sheets. */
export async function render(main, params) {
  const id = encodeURIComponent(params.id);
  let quiz;
  try {
    quiz = await get(`/quizzes/${id}`);
  } catch (e) {
    main.append(pageTitle('Results'), errorBox(e));
    return null;
  }
  const sort = { key: 'student_name', dir: 1 };
  const tableBox = h('div', h('p.loading', 'Loading results…'));
  const charts = h('div.grid.grid-2');
  const summary = h('p.sub');
  const regrade = h('div');
  const pager = h('div');
  main.append(
    pageTitle(`Results · ${quiz.title}`,
      h('a.button.primary', { href: `#/quizzes/${quiz.id}/review`, id: 'go-review' }, 'Review'),
      h('a.button', { href: `${BASE}/quizzes/${id}/results.csv`, download: '', id: 'download-csv' }, 'Download CSV'),
      h('a.button', { href: `${BASE}/quizzes/${id}/marked.zip`, download: '', id: 'download-zip' }, 'Marked sheets (ZIP)'),
      h('a.button', { href: `${BASE}/quizzes/${id}/marked.pdf`, download: '', id: 'download-pdf' }, 'Marked sheets (PDF)')),
    summary, charts, tableBox, pager, regrade);
  let page = 1;
  let loaded = 0;
  function reviewCount(s) {
    return s.answers.filter((a) => a.needs_review).length;
  }
  function sortButton(c) {
    return {
      cls: c.cls,
      head: h('button.sort', {
        type: 'button',
        'aria-sort': sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : null,
        dataset: { dir: sort.key === c.key && sort.dir < 0 ? 'desc' : 'asc' },
        onclick: () => { sort.dir = sort.key === c.key ? -sort.dir : 1; sort.key = c.key; page = 1; loadPage(); },
      }, c.label),
    };
  }
  // The server sorts and pages: a sort covers every sheet, not just the page in view.
  async function loadPage() {
    const mine = ++loaded;
    const q = new URLSearchParams({ page, per_page: PER_PAGE, sort: sort.key, order: sort.dir > 0 ? 'asc' : 'desc' });
    try {
      const list = await get(`/quizzes/${id}/submissions?${q}`, { envelope: true });
      if (mine !== loaded) return; // a later click asked for another page meanwhile
      fill(tableBox, table(
        COLUMNS.map(sortButton).concat([{ label: '' }]),
        list.data.map((s) => {
          const n = reviewCount(s);
          return h('tr', { dataset: { submissionId: s.id } },
            h('td.cell-wrap', s.student_name || h('span.muted', 'not read')),
            h('td.hide-phone', s.student_id || h('span.muted', '—')),
            h('td.num.score', score(s.score, s.max_score)),
            h('td.num', n ? h('span.chip.chip-review', `${n} to review`) : h('span.chip.chip-done', 'done')),
            h('td.hide-phone', ago(s.graded_at)),
            h('td', h('a', { href: `#/sheets/${s.id}` }, 'Marked sheet')));
        }),
        { caption: 'Results per sheet', cls: 'results' }));
      fill(pager, list.pages > 1
        ? h('div.pager', { id: 'results-pager' },
          h('span.muted', `Page ${list.page} of ${list.pages} · ${plural(list.total, 'sheet')}`),
          button('Previous', () => { page--; loadPage(); }, 'small', { disabled: list.page <= 1, id: 'results-previous' }),
          button('Next', () => { page++; loadPage(); }, 'small', { disabled: list.page >= list.pages, id: 'results-next' }))
        : null);
    } catch (e) {
      if (mine === loaded) fill(tableBox, errorBox(e));
    }
  }

  try {
    const stats = await get(`/quizzes/${id}/stats`);
    if (!stats.submissions) {
      fill(tableBox, empty('No sheets graded yet', h('p', 'Upload answer sheets with this quiz chosen; they are graded as they are read.'),
        h('a.button.primary', { href: `#/upload?quiz=${quiz.id}` }, 'Upload sheets')));
      return null;
    }
    loadPage();
    fill(summary, `${plural(stats.submissions, 'sheet')} · mean ${score(Math.round(stats.mean_score * 10) / 10, stats.max_score)} · `,
      stats.to_review ? h('a', { href: `#/quizzes/${quiz.id}/review` }, `${stats.to_review} to review`) : 'nothing to review',
      ` · key version ${quiz.version}`);

    const qs = stats.questions;
    const hist = stats.histogram;
    charts.append(
      h('section.panel', h('h2', 'Share right per question'),
        bars(qs.map((q) => ({ label: String(q.q), value: q.share_right, title: `Question ${q.q}: ${q.correct} of ${q.decided} right${q.needs_review ? `, ${q.needs_review} to review` : ''}` })),
          { max: 1, format: (v) => `${Math.round(v * 100)}%`, ariaLabel: 'Share of right answers per question' })),
      h('section.panel', h('h2', 'Scores'),
        bars(hist.map((b) => ({ label: b.to - b.from <= 1 ? num(b.from) : `${num(b.from)}–${num(b.to)}`, value: b.count, title: `${plural(b.count, 'sheet')} scored ${num(b.from)}${b.to - b.from > 1 ? `–${num(b.to)}` : ''}` })),
          { max: Math.max(1, ...hist.map((b) => b.count)), integer: true, format: (v) => String(v), ariaLabel: 'Number of sheets per score' })));

    fill(regrade, h('details.panel', h('summary', 'Regrade with the current key'),
      h('p.muted', 'After changing the key, grade the uploads again. Your own decisions stay.'),
      h('div.row', stats.jobs.map(({ job_id: j }) => button(`Regrade upload ${j.slice(0, 8)}`, async () => {
        try {
          const r = await post(`/quizzes/${id}/grade`, { job_id: j });
          toast('Regrading queued');
          location.hash = `#/jobs/${r.job_id}`;
        } catch (e) {
          toast(e.message, 'error');
        }
      }, 'small')))));
  } catch (e) {
    fill(tableBox, errorBox(e));
  }
  return null;
}
