import { get, post, del } from '../api.js';
import { h, fill, field, pageTitle, table, ago, chip, empty, errorBox, toast, button } from '../dom.js';

export async function render(main, _params, session) {
  const name = h('input', { name: 'token-name', placeholder: 'e.g. grading laptop', maxlength: 100, required: true });
  const shown = h('div', { 'aria-live': 'polite' });
  const list = h('div', h('p.loading', 'Loading tokens…'));

  async function load() {
    try {
      const tokens = await get('/auth/tokens');
      if (!tokens.length) {
        fill(list, empty('No tokens yet', h('p', 'A token lets a script call the API as you: ', h('code', 'Authorization: Bearer qm_…'))));
        return;
      }
      fill(
        list,
        table(
          [{ label: 'Name' }, { label: 'Created' }, { label: 'Last used' }, { label: 'State' }, { label: '' }],
          tokens.map((t) =>
            h('tr',
              h('td.cell-wrap', t.name),
              h('td', ago(t.created_at)),
              h('td', t.last_used_at ? ago(t.last_used_at) : h('span.muted', 'never')),
              h('td', t.revoked ? chip('cancelled', 'revoked') : chip('active')),
              h('td', t.revoked ? null : button('Revoke', async () => {
                if (!confirm(`Revoke the token “${t.name}”? Scripts using it stop working.`)) return;
                try {
                  await del(`/auth/tokens/${t.id}`);
                  toast('Token revoked');
                  load();
                } catch (e) {
                  toast(e.message, 'error');
                }
              }, 'small danger')),
            )),
          { caption: 'Your API tokens' },
        ),
      );
    } catch (e) {
      fill(list, errorBox(e));
    }
  }

  main.append(
    pageTitle('API tokens'),
    h('p.sub', `Signed in as ${session.me.username} (${session.roles.join(', ')}). Tokens let scripts use the same REST API as this page.`),
    h('form.panel', {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          const t = await post('/auth/tokens', { name: name.value.trim() });
          fill(shown, h('div.alert.alert-info',
            h('p', h('strong', 'Copy this token now — it is shown only once.')),
            h('div.token-secret', { id: 'new-token' }, t.token)));
          name.value = '';
          load();
        } catch (err) {
          toast(err.message, 'error');
        }
      },
    },
    h('h2', 'New token'),
    h('div.inline-fields', field('Name', name), h('button.primary', { type: 'submit' }, 'Create token'))),
    shown,
    list,
  );
  load();
}
