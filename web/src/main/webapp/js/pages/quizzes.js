import { get, del } from '../api.js';
import { h, fill, pageTitle, table, ago, empty, errorBox, toast, button } from '../dom.js';

export async function render(main) {
  const body = h('div', h('p.loading', 'Loading quizzes…'));
  const importInput = h('input', { type: 'file', accept: '.json,application/json', id: 'import-key', class: 'sr-only' });
  main.append(pageTitle('Quizzes and keys',
    h('label.button', { for: 'import-key' }, 'Import key (JSON)'), importInput,
    h('a.button.primary', { href: '#/quizzes/new', id: 'new-quiz' }, 'New quiz')), body);

  importInput.addEventListener('change', async () => {
    const f = importInput.files[0];
    if (!f) return;
    try {
      const text = await f.text();
      JSON.parse(text); // a clear message for a file that is not JSON at all
      sessionStorage.setItem('qm.import', text);
      location.hash = '#/quizzes/new';
    } catch (e) {
      toast(`${f.name} is not a JSON answer key.`, 'error');
    }
  });

  async function load() {
    try {
      const quizzes = await get('/quizzes');
      if (!quizzes.length) {
        fill(body, empty('No quizzes yet',
          h('p', 'A quiz holds the answer key sheets are graded against. Start with a new quiz and type its questions, or import a key saved as JSON (the sample keys in quizsheets/dev work).'),
          h('div.row', h('a.button.primary', { href: '#/quizzes/new' }, 'Create the first quiz'), h('label.button', { for: 'import-key' }, 'Import a key'))));
        return;
      }
      fill(body, table(
        [{ label: 'Title' }, { label: 'Questions', cls: 'num' }, { label: 'Version', cls: 'num' }, { label: 'Updated', cls: 'hide-phone' }, { label: '' }],
        quizzes.map((q) => h('tr', { dataset: { quizId: q.id } },
          h('td.cell-wrap', h('a', { href: `#/quizzes/${q.id}/results` }, q.title)),
          h('td.num', q.questions.length),
          h('td.num', `v${q.version}`),
          h('td.hide-phone', ago(q.updated_at)),
          h('td', h('div.row',
            h('a.button.small', { href: `#/quizzes/${q.id}/review` }, 'Review'),
            h('a.button.small', { href: `#/quizzes/${q.id}` }, 'Edit key'),
            h('a.button.small.hide-phone', { href: `#/upload?quiz=${q.id}` }, 'Upload'),
            button('Delete', async () => {
              if (!confirm(`Delete the quiz “${q.title}” with its marks?`)) return;
              try {
                await del(`/quizzes/${q.id}`);
                toast('Quiz deleted');
                load();
              } catch (e) {
                toast(e.message, 'error');
              }
            }, 'small danger hide-phone'))))),
        { caption: 'Your quizzes' }));
    } catch (e) {
      fill(body, errorBox(e));
    }
  }
  load();
}
