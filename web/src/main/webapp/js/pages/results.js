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

/** Score buckets from the sheets themselves (for a server that sends no histogram). */
function histogram(subs) {
  const max = Math.max(...subs.map((s) => s.max_score));
  const width = max <= 20 ? 1 : Math.ceil(max / 10);
  const buckets = [];
  for (let from = 0; from <= max; from += width) buckets.push({ from, to: from + width, count: 0 });
  for (const s of subs) buckets[Math.min(buckets.length - 1, Math.floor(s.score / width))].count++;
  return buckets;
}

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
  main.append(
    pageTitle(`Results · ${quiz.title}`,
      h('a.button.primary', { href: `#/quizzes/${quiz.id}/review`, id: 'go-review' }, 'Review'),
      h('a.button', { href: `${BASE}/quizzes/${id}/results.csv`, download: '', id: 'download-csv' }, 'Download CSV'),
      h('a.button', { href: `${BASE}/quizzes/${id}/marked.zip`, download: '', id: 'download-zip' }, 'Marked sheets (ZIP)'),
      h('a.button', { href: `${BASE}/quizzes/${id}/marked.pdf`, download: '', id: 'download-pdf' }, 'Marked sheets (PDF)')),
    summary, charts, tableBox, regrade);

  let subs = [];
  function reviewCount(s) {
    return s.answers.filter((a) => a.needs_review).length;
  }
  function value(s, key) {
    if (key === 'score') return s.max_score ? s.score / s.max_score : 0;
    if (key === 'review') return reviewCount(s);
    return (s[key] || '').toString().toLowerCase();
  }
  function drawTable() {
    const sorted = [...subs].sort((a, b) => {
      const x = value(a, sort.key);
      const y = value(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
    });
    fill(tableBox, table(
      COLUMNS.map((c) => ({
        cls: c.cls,
        head: h('button.sort', {
          type: 'button',
          'aria-sort': sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : null,
          dataset: { dir: sort.key === c.key && sort.dir < 0 ? 'desc' : 'asc' },
          onclick: () => { sort.dir = sort.key === c.key ? -sort.dir : 1; sort.key = c.key; drawTable(); },
        }, c.label),
      })).concat([{ label: '' }]),
      sorted.map((s) => {
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
  }

  try {
    const [list, stats] = await Promise.all([get(`/quizzes/${id}/submissions`), get(`/quizzes/${id}/stats`)]);
    subs = list;
    if (!subs.length) {
      fill(tableBox, empty('No sheets graded yet', h('p', 'Upload answer sheets with this quiz chosen; they are graded as they are read.'),
        h('a.button.primary', { href: `#/upload?quiz=${quiz.id}` }, 'Upload sheets')));
      return null;
    }
    const toReview = subs.reduce((s, x) => s + reviewCount(x), 0);
    const mean = subs.reduce((s, x) => s + x.score, 0) / subs.length;
    fill(summary, `${plural(subs.length, 'sheet')} · mean ${score(Math.round(mean * 10) / 10, subs[0].max_score)} · `,
      toReview ? h('a', { href: `#/quizzes/${quiz.id}/review` }, `${toReview} to review`) : 'nothing to review',
      ` · key version ${quiz.version}`);
    drawTable();

    const qs = stats.questions || [];
    charts.append(
      h('section.panel', h('h2', 'Share right per question'),
        bars(qs.map((q) => ({ label: String(q.q), value: q.share_right ?? q.share_correct, title: `Question ${q.q}: ${q.correct ?? '?'} of ${q.decided ?? q.answered} right${q.needs_review ? `, ${q.needs_review} to review` : ''}` })),
          { max: 1, format: (v) => `${Math.round(v * 100)}%`, ariaLabel: 'Share of right answers per question' })),
      h('section.panel', h('h2', 'Scores'),
        (() => {
          const hist = stats.histogram || histogram(subs);
          return bars(hist.map((b) => ({ label: b.to - b.from <= 1 ? num(b.from) : `${num(b.from)}–${num(b.to)}`, value: b.count, title: `${plural(b.count, 'sheet')} scored ${num(b.from)}${b.to - b.from > 1 ? `–${num(b.to)}` : ''}` })),
            { max: Math.max(1, ...hist.map((b) => b.count)), format: (v) => String(Math.round(v)), ariaLabel: 'Number of sheets per score' });
        })()));

    const jobs = [...new Set(subs.map((s) => s.job_id))];
    fill(regrade, h('details.panel', h('summary', 'Regrade with the current key'),
      h('p.muted', 'After changing the key, grade the uploads again. Your own decisions stay.'),
      h('div.row', jobs.map((j) => button(`Regrade upload ${j.slice(0, 8)}`, async () => {
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
