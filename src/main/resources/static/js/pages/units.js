// The city's units for admins: import a register (workbook, CSV, ORG Turtle / JSON-LD), create, change, retire.
import {h, fill, spinner} from '../dom.js';
import {t, conceptLabel} from '../i18n.js';
import * as api from '../api.js';
import {basic, problems} from './upload.js';

export async function render(root) {
  root.append(spinner(t('common.loading')));
  const labels = await api.labels();
  const field = (label, input) => h('label', {class: 'field'}, h('span', {}, label), input);
  const input = (id, attrs = {}) => h('input', {type: 'text', id, name: id, ...attrs});
  // Writing needs an admin; the credentials stay in this page only.
  const user = input('units-user', {autocomplete: 'username'});
  const password = h('input', {type: 'password', id: 'units-password', name: 'password', autocomplete: 'current-password'});
  const result = h('div', {id: 'units-result', 'aria-live': 'polite'});
  const list = h('section', {class: 'card', id: 'units-list'});

  const file = h('input', {type: 'file', id: 'units-file', name: 'file', accept: '.xlsx,.csv,.ttl,.jsonld,.json'});
  const created = {id: input('units-new-id'), name: input('units-new-name'), unitTypes: input('units-new-types'),
    parent: input('units-new-parent'), creditCode: input('units-new-code')};
  const edit = {id: input('units-edit-id'), name: input('units-edit-name'), unitTypes: input('units-edit-types'),
    typesFrom: input('units-edit-from', {placeholder: 'yyyy-mm-dd'}), parent: input('units-edit-parent')};
  const retire = {id: input('units-retire-id'), validUntil: input('units-retire-date', {placeholder: 'yyyy-mm-dd'}),
    reason: input('units-retire-reason')};

  fill(root,
    h('h1', {}, t('units.title')),
    h('p', {class: 'lead'}, t('units.lead')),
    h('fieldset', {class: 'card credentials'}, h('legend', {}, t('units.account')),
      field(t('upload.user'), user), field(t('upload.password'), password)),
    result,
    h('form', {class: 'card upload-form', id: 'units-import-form', onsubmit: e => { e.preventDefault(); importFile(); }},
      h('h2', {}, t('units.import')),
      h('p', {}, h('a', {class: 'button secondary', id: 'units-template', href: '/api/organisation/template.xlsx', download: ''},
        t('units.template'))),
      field(t('upload.file'), file),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'units-import'}, t('units.importSend')))),
    h('form', {class: 'card upload-form', id: 'units-create-form', onsubmit: e => { e.preventDefault(); create(); }},
      h('h2', {}, t('units.create')),
      field(t('units.id'), created.id), field(t('units.name'), created.name),
      field(t('units.types'), created.unitTypes), h('p', {class: 'muted'}, t('units.typesHint')),
      field(t('units.parent'), created.parent), field(t('units.creditCode'), created.creditCode),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'units-create'}, t('units.createSend')))),
    h('form', {class: 'card upload-form', id: 'units-edit-form', onsubmit: e => { e.preventDefault(); change(); }},
      h('h2', {}, t('units.edit')),
      field(t('units.id'), edit.id), field(t('units.name'), edit.name), field(t('units.types'), edit.unitTypes),
      field(t('units.typesFrom'), edit.typesFrom), field(t('units.parent'), edit.parent),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'units-save'}, t('units.save')))),
    h('form', {class: 'card upload-form', id: 'units-retire-form', onsubmit: e => { e.preventDefault(); retireUnit(); }},
      h('h2', {}, t('units.retire')),
      field(t('units.id'), retire.id), field(t('units.retireDate'), retire.validUntil), field(t('units.retireReason'), retire.reason),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'units-retire'}, t('units.retireSend')))),
    list);
  await showList();

  async function importFile() {
    const chosen = file.files[0];
    if (!chosen) {
      fill(result, h('p', {class: 'error', role: 'alert'}, t('upload.noFile')));
      return;
    }
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    const answer = await send('POST', '/api/admin/units/import', form);
    if (answer) {
      file.value = '';
      done(t('units.imported', {n: answer.imported}));
    }
  }

  async function create() {
    const body = Object.fromEntries(Object.entries(created).map(([k, el]) => [k, el.value.trim()]));
    const answer = await send('POST', '/api/admin/units', JSON.stringify(body));
    if (answer) done(t('units.created', {id: answer.id}));
  }

  async function change() {
    // Only the fields filled in change.
    const body = {};
    for (const [k, el] of Object.entries(edit)) if (k !== 'id' && el.value.trim()) body[k] = el.value.trim();
    const id = edit.id.value.trim();
    const answer = await send('PATCH', `/api/admin/units/${encodeURIComponent(id)}`, JSON.stringify(body));
    if (answer) done(t('units.saved', {id}));
  }

  async function retireUnit() {
    const id = retire.id.value.trim();
    const answer = await send('POST', `/api/admin/units/${encodeURIComponent(id)}/retire`,
      JSON.stringify({validUntil: retire.validUntil.value.trim(), reason: retire.reason.value.trim()}));
    if (answer) done(t('units.retired', {id, date: answer.validUntil}));
  }

  async function done(message) {
    api.forget('/api/units');
    fill(result, h('div', {class: 'banner ok', role: 'status', id: 'units-ok'}, message));
    await showList();
  }

  /** Sends a change as the admin; answers the JSON body, or shows the problems and answers null. */
  async function send(method, url, body) {
    fill(result, spinner(t('common.loading')));
    const headers = {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    if (typeof body === 'string') headers['Content-Type'] = 'application/json';
    if (user.value.trim()) headers.Authorization = basic(user.value.trim(), password.value);
    let response;
    try {
      response = await fetch(url, {method, headers, body});
    } catch (e) {
      fill(result, h('p', {class: 'error', role: 'alert'}, t('upload.network')));
      return null;
    }
    let json = null;
    try { json = await response.json(); } catch (e) { /* not JSON */ }
    if (response.ok) return json;
    if (response.status === 401 || response.status === 403) {
      fill(result, h('div', {class: 'banner bad', role: 'alert', id: 'upload-error'},
        t(response.status === 401 ? 'upload.unauthorized' : 'upload.forbidden')));
    } else {
      fill(result, problems(response.status, json));
    }
    return null;
  }

  async function showList() {
    const units = await api.getJson('/api/organisation');
    const name = new Map(units.map(u => [u.id, u.name]));
    fill(list, h('h2', {}, t('units.list', {n: units.length})),
      h('div', {class: 'scroll'}, h('table', {class: 'plain', id: 'units-table'},
        h('thead', {}, h('tr', {}, [t('units.id'), t('units.name'), t('units.types'), t('units.parent'),
          t('units.creditCode'), t('units.inService'), t('units.source'), ''].map(x => h('th', {}, x)))),
        h('tbody', {}, units.map(u => h('tr', {'data-unit': u.id, class: u.validUntil ? 'retired' : null},
          h('td', {}, u.id),
          h('td', {}, h('a', {href: `#/unit/${encodeURIComponent(u.id)}`}, u.name)),
          h('td', {}, u.unitTypes.map(s => conceptLabel(labels, 'unitTypes', s)).join('、')),
          h('td', {}, u.parent ? name.get(u.parent) || u.parent : ''),
          h('td', {class: 'mono'}, u.creditCode),
          h('td', {}, u.validFrom || u.validUntil ? `${u.validFrom || '…'} – ${u.validUntil || '…'}` : ''),
          h('td', {}, t(`units.source.${u.source}`)),
          h('td', {}, h('a', {href: `#/progress/${encodeURIComponent(u.id)}`}, t('units.progress')))))))));
  }
}
