import { post } from '../api.js';
import { h, field, fill, errorBox } from '../dom.js';
import { afterSignIn, refreshMe } from '../app.js';

export function render(main) {
  document.title = 'Sign in · QuizMarker';
  const user = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'off', spellcheck: 'false' });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const msg = h('div', { 'aria-live': 'assertive' });
  const submit = h('button.primary', { type: 'submit', id: 'signin-submit' }, 'Sign in');
  const form = h(
    'form.panel.signin',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        submit.disabled = true;
        msg.replaceChildren();
        try {
          await post('/auth/login', { username: user.value.trim(), password: pass.value });
          await refreshMe();
          afterSignIn();
        } catch (err) {
          fill(msg, errorBox(err));
          pass.select();
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h1', 'Sign in'),
    h('p.muted', 'Mark quiz sheets: upload, review what the reader was unsure of, export.'),
    msg,
    field('Username', user),
    field('Password', pass),
    submit,
  );
  main.append(form);
  user.focus();
}
