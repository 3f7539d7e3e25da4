// Evidence upload: the template, a file sent with a progress bar, and the problems listed per row and field.
import {h, fill} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {unitSelect, yearSelect, errorBox, statusChip} from './common.js';

export async function render(root, route) {
  const units = await api.units();
  if (!units.length) {
    fill(root, h('h1', {}, t('upload.title')), h('p', {class: 'muted'}, t('common.noUnits')));
    return;
  }
  let unit = units.some(u => u.id === route.query.get('unit')) ? route.query.get('unit') : units[0].id;
  // The year "check before upload" assesses; the upload itself covers whatever years its records fall in.
  let year = api.lastFullYear();
  const file = h('input', {type: 'file', id: 'upload-file', name: 'file', accept: '.xlsx,.csv,.ttl,.jsonld,.json'});
  const submittedBy = h('input', {type: 'text', id: 'upload-by', name: 'submittedBy', autocomplete: 'name'});
  // Writing needs an assessor of the unit or an admin; the credentials stay in this page only.
  const user = h('input', {type: 'text', id: 'upload-user', name: 'username', autocomplete: 'username'});
  const password = h('input', {type: 'password', id: 'upload-password', name: 'password', autocomplete: 'current-password'});
  const progress = h('progress', {id: 'upload-progress', max: '100', value: '0', hidden: true});
  const progressText = h('span', {class: 'muted', id: 'upload-progress-text', 'aria-live': 'polite'});
  const result = h('div', {id: 'upload-result', 'aria-live': 'polite'});
  const send = h('button', {type: 'submit', id: 'upload-send'}, t('upload.send'));
  const check = h('button', {type: 'button', class: 'secondary', id: 'upload-preview', onclick: () => post('preview')},
    t('upload.preview'));

  fill(root,
    h('h1', {}, t('upload.title')),
    h('p', {class: 'lead'}, t('upload.lead')),
    h('p', {}, h('a', {class: 'button secondary', id: 'upload-template', href: '/api/evidence/template.xlsx', download: ''},
      t('upload.template'))),
    h('form', {class: 'card upload-form', id: 'upload-form', onsubmit: submit},
      unitSelect(units, unit, u => { unit = u; }, 'upload-unit'),
      yearSelect(year, y => { year = y; }, 'upload-year'),
      h('label', {class: 'field'}, h('span', {}, t('upload.file')), file),
      h('label', {class: 'field'}, h('span', {}, t('upload.submittedBy')), submittedBy),
      h('fieldset', {class: 'credentials'}, h('legend', {}, t('upload.account')),
        h('label', {class: 'field'}, h('span', {}, t('upload.user')), user),
        h('label', {class: 'field'}, h('span', {}, t('upload.password')), password)),
      h('div', {class: 'actions'}, check, send, progress, progressText)),
    result);

  function submit(e) {
    e.preventDefault();
    post('upload');
  }

  /** Sends the file: as an upload, or to the what-if preview of the chosen year's assessment (writes nothing). */
  function post(kind) {
    fill(result);
    const chosen = file.files[0];
    if (!chosen) {
      fill(result, h('p', {class: 'error', role: 'alert'}, t('upload.noFile')));
      return;
    }
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', kind === 'preview'
      ? `/api/units/${encodeURIComponent(unit)}/assessment/preview?${api.query({year, submittedBy: submittedBy.value.trim()})}`
      : `/api/units/${encodeURIComponent(unit)}/evidence?${api.query({submittedBy: submittedBy.value.trim()})}`);
    xhr.setRequestHeader('Accept', 'application/json');
    // Without this header a 401 would make the browser open its own login dialog.
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (user.value.trim()) xhr.setRequestHeader('Authorization', basic(user.value.trim(), password.value));
    progress.hidden = false;
    progress.value = 0;
    send.disabled = true;
    check.disabled = true;
    xhr.upload.addEventListener('progress', ev => {
      if (!ev.lengthComputable) return;
      const pct = Math.round(100 * ev.loaded / ev.total);
      progress.value = pct;
      progressText.textContent = t('upload.sending', {pct});
    });
    xhr.addEventListener('load', () => {
      send.disabled = false;
      check.disabled = false;
      progress.value = 100;
      progressText.textContent = '';
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (err) { /* not JSON */ }
      if (kind === 'preview' && xhr.status === 200) {
        fill(result, preview(body));
      } else if (xhr.status >= 200 && xhr.status < 300) {
        file.value = '';
        fill(result, h('div', {class: 'banner ok', role: 'status', id: 'upload-ok'},
          t('upload.done', {evidence: body?.evidence ?? 0, judgements: body?.judgements ?? 0, vetoes: body?.vetoes ?? 0}), ' ',
          h('a', {href: `#/unit/${encodeURIComponent(unit)}`}, t('upload.viewAssessment'))));
      } else if (xhr.status === 401 || xhr.status === 403) {
        fill(result, h('div', {class: 'banner bad', role: 'alert', id: 'upload-error'},
          t(xhr.status === 401 ? 'upload.unauthorized' : 'upload.forbidden')));
      } else {
        fill(result, problems(xhr.status, body));
      }
    });
    xhr.addEventListener('error', () => {
      send.disabled = false;
      check.disabled = false;
      fill(result, errorBox(new Error(t('upload.network'))));
    });
    xhr.send(form);
  }
}

/** A preview's answer: eligibility and counts after the upload, and each finding that would change. */
function preview(body) {
  const a = body.assessment;
  return h('div', {class: `banner ${a.eligible ? 'ok' : 'bad'}`, role: 'status', id: 'upload-preview-result'},
    h('p', {}, t('upload.previewTitle', {year: body.year})),
    h('strong', {id: 'preview-eligible'}, a.eligible ? t('unit.eligible', {year: body.year}) : t('unit.notEligible', {year: body.year})),
    h('div', {class: 'counts'}, Object.entries(a.counts).map(([s, n]) =>
      h('span', {class: 'count-entry'}, statusChip(s), ` ${body.before.counts[s]} → ${n}`))),
    body.changes.length ? h('ul', {id: 'preview-changes'}, body.changes.map(c => h('li', {'data-item': c.notation},
      t('upload.previewChange', {notation: c.notation, before: t(`status.${c.before}`), after: t(`status.${c.after}`)}))))
      : h('p', {}, t('upload.previewNone')),
    h('p', {class: 'muted'}, t('upload.previewNothingWritten')));
}

/** HTTP Basic credentials, UTF-8 encoded. */
export function basic(name, secret) {
  const bytes = new TextEncoder().encode(`${name}:${secret}`);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

/** The JSON error body {message, errors: [{sheet?, row | line, record?, field, message}]} as a table. */
export function problems(status, body) {
  const message = api.messageOf(body) || `HTTP ${status}`;
  const errors = (body && Array.isArray(body.errors)) ? body.errors : [];
  const where = e => [e.sheet != null ? t('upload.sheet', {s: e.sheet}) : null,
    e.row != null ? t('upload.row', {n: e.row}) : null,
    e.line != null ? t('upload.line', {n: e.line}) : null,
    e.record || null].filter(Boolean).join(' · ');
  return h('div', {class: 'banner bad', role: 'alert', id: 'upload-error'},
    h('p', {}, t('upload.failed', {message})),
    errors.length ? h('div', {class: 'scroll'}, h('table', {class: 'plain problems', id: 'upload-problems'},
      h('thead', {}, h('tr', {}, h('th', {}, t('upload.where')), h('th', {}, t('upload.field')), h('th', {}, t('upload.message')))),
      h('tbody', {}, errors.map(e => h('tr', {}, h('td', {}, where(e)), h('td', {}, e.field || ''), h('td', {}, e.message || '')))))) : null);
}
