import { get, BASE } from '../api.js';
import { h, pageTitle, errorBox, score, chip } from '../dom.js';
import { answerBox } from './job.js';

/** A marked sheet: the scan with each answer's mark drawn where it was written; download. */
export async function render(main, params) {
  const id = encodeURIComponent(params.id);
  let s;
  try {
    s = await get(`/submissions/${id}`);
  } catch (e) {
    main.append(pageTitle('Marked sheet'), errorBox(e));
    return;
  }
  const review = s.answers.filter((a) => a.needs_review).length;
  main.append(
    pageTitle(`Marked sheet · ${s.student_name || 'student not read'}`,
      h('a.button.primary', { href: `${BASE}/submissions/${id}/marked.png?download=1`, download: '', id: 'download-marked' }, 'Download PNG'),
      h('a.button', { href: `#/quizzes/${s.quiz_id}/results` }, 'Results'),
      review ? h('a.button', { href: `#/quizzes/${s.quiz_id}/review` }, 'Review') : null),
    h('p.sub', h('strong', score(s.score, s.max_score)), s.student_id ? ` · student id ${s.student_id}` : '', ' · ',
      review ? chip('review', `${review} to review`) : chip('done', 'all decided')),
    h('div.answers.panel', s.answers.map(answerBox)),
    h('div.marked', h('img', { src: `${BASE}/submissions/${id}/marked.png`, alt: `Marked sheet of ${s.student_name || 'a student'}`, id: 'marked-image' })));
}
