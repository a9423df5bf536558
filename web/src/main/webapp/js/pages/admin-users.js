import { get, post, patch } from '../api.js';
import { h, fill, field, pageTitle, table, ago, chip, errorBox, toast, button } from '../dom.js';
import { tabs, canChange } from '../console.js';

const ROLES = [['teacher', 'Teacher: uploads and marks'], ['admin', 'Admin: runs the service'], ['monitor', 'Monitor: sees the console, read-only']];

function roleBoxes(prefix, chosen) {
  return h('fieldset.roles', h('legend', 'Roles'), ROLES.map(([r, label]) => {
    const box = h('input', { type: 'checkbox', name: 'roles', value: r, id: `${prefix}-${r}`, checked: chosen.includes(r) });
    return h('div', box, ' ', h('label', { for: box.id }, label));
  }));
}
const chosenRoles = (el) => [...el.querySelectorAll('input[name=roles]:checked')].map((b) => b.value);

/** Accounts: create, disable, roles, reset a password (admins); monitors see the list only. */
export async function render(main, _params, session) {
  const may = canChange(session);
  const body = h('div', h('p.loading', 'Loading users…'));
  const dialog = h('dialog', { id: 'user-dialog' });

  async function change(username, what, message) {
    try {
      await patch(`/admin/users/${encodeURIComponent(username)}`, what);
      toast(message);
      load();
      return true;
    } catch (e) {
      toast(e.message, 'error');
      return false;
    }
  }

  function editRoles(u) {
    const boxes = roleBoxes('edit', u.roles);
    fill(dialog, h('form', {
      onsubmit: async (e) => {
        e.preventDefault();
        if (await change(u.username, { roles: chosenRoles(boxes) }, `Roles of ${u.username} changed`)) dialog.close();
      },
    }, h('h2', `Roles of ${u.username}`), boxes,
    h('div.row', h('button.primary', { type: 'submit' }, 'Save'), button('Cancel', () => dialog.close()))));
    dialog.showModal();
  }

  function resetPassword(u) {
    const pw = h('input', { type: 'password', autocomplete: 'new-password', minlength: 12, required: true, name: 'new-password' });
    fill(dialog, h('form', {
      onsubmit: async (e) => {
        e.preventDefault();
        if (await change(u.username, { password: pw.value }, `Password of ${u.username} reset`)) dialog.close();
      },
    }, h('h2', `New password for ${u.username}`), field('New password', pw, 'Tell the user in person; they can use it at once.'),
    h('div.row', h('button.primary', { type: 'submit' }, 'Set password'), button('Cancel', () => dialog.close()))));
    dialog.showModal();
    pw.focus();
  }

  async function load() {
    try {
      const users = await get('/admin/users');
      fill(body, table(
        [{ label: 'User' }, { label: 'Roles' }, { label: 'State' }, { label: 'Created', cls: 'hide-phone' }, { label: '' }],
        users.map((u) => h('tr', { dataset: { username: u.username } },
          h('td', u.username),
          h('td', h('div.row', u.roles.map((r) => h('span.chip.chip-other', r)))),
          h('td', u.disabled ? chip('disabled') : chip('active')),
          h('td.hide-phone', ago(u.created_at)),
          h('td', may ? h('div.row',
            button('Roles…', () => editRoles(u), 'small'),
            button('Reset password…', () => resetPassword(u), 'small'),
            u.disabled
              ? button('Enable', () => change(u.username, { disabled: false }, `${u.username} enabled`), 'small')
              : button('Disable', () => confirm(`Disable ${u.username}? They can no longer sign in.`) && change(u.username, { disabled: true }, `${u.username} disabled`), 'small danger'))
            : null))),
        { caption: 'Accounts' }));
    } catch (e) {
      fill(body, errorBox(e));
    }
  }

  let create = null;
  if (may) {
    const name = h('input', { name: 'username', required: true, autocomplete: 'off', id: 'new-username' });
    const pw = h('input', { type: 'password', name: 'password', required: true, minlength: 12, autocomplete: 'new-password', id: 'new-password' });
    const boxes = roleBoxes('new', ['teacher']);
    create = h('form.panel', {
      id: 'create-user',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await post('/admin/users', { username: name.value.trim(), password: pw.value, roles: chosenRoles(boxes) });
          toast(`Account ${name.value.trim()} created`);
          name.value = '';
          pw.value = '';
          load();
        } catch (err) {
          toast(err.message, 'error');
        }
      },
    }, h('h2', 'New account'), h('div.inline-fields', field('Username', name), field('Password', pw)), boxes,
    h('button.primary', { type: 'submit' }, 'Create account'));
  }
  main.append(pageTitle('Console'), ...tabs('users', session), body, dialog);
  if (create) main.append(create);
  load();
}
