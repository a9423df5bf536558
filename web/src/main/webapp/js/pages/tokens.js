import { get, post, del } from '../api.js';
import { h, fill, field, pageTitle, table, ago, chip, empty, errorBox, toast, button } from '../dom.js';

const expired = (t) => t.expires_at && Date.parse(t.expires_at) <= Date.now();

/** Your own password: the old one is required; other sessions end and every token is revoked. */
function passwordForm(onChanged) {
  const old = h('input', { type: 'password', id: 'old-password', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', id: 'changed-password', autocomplete: 'new-password', minlength: 12, required: true });
  return h('form.panel', {
    id: 'change-password',
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        await post('/auth/password', { old_password: old.value, new_password: next.value });
        old.value = '';
        next.value = '';
        toast('Password changed: your other sessions are signed out and your tokens revoked');
        onChanged();
      } catch (err) {
        toast(err.message, 'error');
      }
    },
  },
  h('h2', 'Your password'),
  h('p.muted', 'At least 12 characters, not your username, not a common password. Changing it signs out your other sessions and revokes all your tokens.'),
  h('div.inline-fields', field('Current password', old), field('New password', next), h('button.primary', { type: 'submit' }, 'Change password')));
}

export async function render(main, _params, session) {
  const name = h('input', { name: 'token-name', placeholder: 'e.g. grading laptop', maxlength: 100, required: true });
  const days = h('input', { name: 'token-days', type: 'number', min: 1, max: 3650, placeholder: 'never', inputmode: 'numeric' });
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
          [{ label: 'Name' }, { label: 'Created' }, { label: 'Last used' }, { label: 'Expires' }, { label: 'State' }, { label: '' }],
          tokens.map((t) =>
            h('tr',
              h('td.cell-wrap', t.name),
              h('td', ago(t.created_at)),
              h('td', t.last_used_at ? ago(t.last_used_at) : h('span.muted', 'never')),
              h('td', t.expires_at ? t.expires_at.slice(0, 10) : h('span.muted', 'never')),
              h('td', t.revoked ? chip('cancelled', 'revoked') : expired(t) ? chip('cancelled', 'expired') : chip('active')),
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
    pageTitle('API tokens and password'),
    h('p.sub', `Signed in as ${session.me.username} (${session.roles.join(', ')}). Tokens let scripts use the same REST API as this page.`),
    h('form.panel', {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          const body = { name: name.value.trim() };
          if (days.value) body.expires_in_days = Number(days.value);
          const t = await post('/auth/tokens', body);
          fill(shown, h('div.alert.alert-info',
            h('p', h('strong', 'Copy this token now — it is shown only once.')),
            h('div.token-secret', { id: 'new-token' }, t.token)));
          name.value = '';
          days.value = '';
          load();
        } catch (err) {
          toast(err.message, 'error');
        }
      },
    },
    h('h2', 'New token'),
    h('div.inline-fields', field('Name', name), field('Expires after (days)', days), h('button.primary', { type: 'submit' }, 'Create token'))),
    shown,
    list,
    passwordForm(load),
  );
  load();
}
