import { get, post, put } from '../api.js';
import { h, fill, field, pageTitle, errorBox, toast, button, ago } from '../dom.js';

const TYPES = [['text', 'Text'], ['number', 'Number'], ['choice', 'Choice (A–D)'], ['boolean', 'True / false']];

/** Creates or edits a quiz's key: title and questions (type, accepted answers, tolerance, points). */
export async function render(main, params) {
  const isNew = !params.id;
  let quiz = { title: '', questions: [{ q: 1, type: 'text', accepted: [], points: 1 }] };
  if (!isNew) {
    try {
      quiz = await get(`/quizzes/${encodeURIComponent(params.id)}`);
    } catch (e) {
      main.append(pageTitle('Quiz'), errorBox(e));
      return;
    }
  } else {
    const imported = sessionStorage.getItem('qm.import');
    sessionStorage.removeItem('qm.import');
    if (imported) {
      const key = JSON.parse(imported);
      quiz = { title: key.title || '', questions: Array.isArray(key.questions) ? key.questions : [] };
    }
  }

  const title = h('input', { name: 'title', value: quiz.title || '', required: true, maxlength: 200, id: 'quiz-title' });
  const rows = h('div', { id: 'question-rows' });
  const msg = h('div', { 'aria-live': 'assertive' });

  function row(q) {
    const num = h('input', { type: 'number', min: 1, step: 1, value: q.q, name: 'q', required: true });
    const type = h('select', { name: 'type' }, TYPES.map(([v, l]) => h('option', { value: v, selected: (q.type || 'text') === v }, l)));
    const accepted = h('input', { name: 'accepted', value: (q.accepted || []).join('; '), placeholder: 'Paris; paris, France' });
    const tolerance = h('input', { type: 'number', min: 0, step: 'any', name: 'tolerance', value: q.tolerance ?? '' });
    const points = h('input', { type: 'number', min: 0, step: 'any', name: 'points', value: q.points ?? 1 });
    const prompt = h('input', { name: 'prompt', value: q.prompt || '', placeholder: 'optional: the question, for you' });
    const tolField = field('Tolerance', tolerance);
    const syncType = () => { tolerance.disabled = type.value !== 'number'; };
    type.addEventListener('change', syncType);
    syncType();
    const el = h('div.q-row', { dataset: { q: q.q } },
      field('No.', num),
      field('Type', type),
      h('div.accepted-field', field('Accepted answers (separate with ;)', accepted)),
      tolField,
      field('Points', points),
      button('Remove', () => el.remove(), 'small danger', { 'aria-label': `Remove question ${q.q}` }),
      h('div.prompt', field('Prompt', prompt)));
    el.read = () => {
      const out = {
        q: Number(num.value),
        type: type.value,
        accepted: accepted.value.split(';').map((s) => s.trim()).filter(Boolean),
        points: points.value === '' ? 1 : Number(points.value),
      };
      if (prompt.value.trim()) out.prompt = prompt.value.trim();
      if (type.value === 'number' && tolerance.value !== '') out.tolerance = Number(tolerance.value);
      return out;
    };
    return el;
  }

  function key() {
    return { title: title.value.trim(), questions: [...rows.children].map((r) => r.read()) };
  }

  for (const q of quiz.questions) rows.append(row(q));

  const addBtn = button('Add question', () => {
    const next = Math.max(0, ...[...rows.children].map((r) => r.read().q)) + 1;
    const r = row({ q: next, type: 'text', accepted: [], points: 1 });
    rows.append(r);
    r.querySelector('input[name=accepted]').focus();
  });
  const exportBtn = button('Export key (JSON)', () => {
    const blob = new Blob([JSON.stringify(key(), null, 2)], { type: 'application/json' });
    const a = h('a', { href: URL.createObjectURL(blob), download: `${(title.value || 'quiz').replace(/[^\w.-]+/g, '-')}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  const form = h('form', {
    id: 'quiz-form',
    onsubmit: async (e) => {
      e.preventDefault();
      msg.replaceChildren();
      try {
        const saved = isNew ? await post('/quizzes', key()) : await put(`/quizzes/${encodeURIComponent(params.id)}`, key());
        toast(`Saved “${saved.title}” (version ${saved.version})`);
        location.hash = `#/quizzes/${saved.id}`;
        if (!isNew) render(main.replaceChildren() || main, params);
      } catch (err) {
        fill(msg, errorBox(err));
      }
    },
  },
  h('div.panel', field('Title', title), msg),
  h('h2', 'Questions'),
  rows,
  h('div.row', addBtn, h('span.spacer'), exportBtn, h('button.primary', { type: 'submit', id: 'save-quiz' }, isNew ? 'Create quiz' : 'Save key')));

  main.append(
    pageTitle(isNew ? 'New quiz' : quiz.title,
      !isNew ? h('a.button', { href: `#/quizzes/${quiz.id}/results` }, 'Results') : null,
      !isNew ? h('a.button', { href: `#/quizzes/${quiz.id}/review` }, 'Review') : null),
    !isNew ? h('p.sub', `Version ${quiz.version} · updated `, ago(quiz.updated_at), ' · saving a changed key makes a new version; regrade an upload from its results page.') : h('p.sub', 'Type the questions, or import a key saved as JSON from the quiz list.'),
    form);
}
