// A unit's progress over the assessed years: status per item and year, what improved, regressed or newly applies.
import {h, fill, spinner} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {statusChip, unitSelect} from './common.js';

const CHANGES = ['improving', 'regressing', 'newlyApplicable', 'noLongerApplicable'];

export async function render(root, route) {
  root.append(spinner(t('common.loading')));
  const units = await api.units();
  if (!units.length) {
    fill(root, h('h1', {}, t('progress.title')), h('p', {class: 'muted'}, t('common.noUnits')));
    return;
  }
  const id = route.path[0] && units.some(u => u.id === route.path[0]) ? route.path[0] : units[0].id;
  const p = await api.getJson(`/api/units/${encodeURIComponent(id)}/progress`);
  const header = [
    h('div', {class: 'toolbar no-print'},
      unitSelect(units, id, u => { location.hash = `#/progress/${encodeURIComponent(u)}`; }, 'progress-unit')),
    h('h1', {id: 'progress-title'}, `${p.name} · ${t('progress.title')}`),
    Object.entries(p.notAssessed).map(([year, message]) =>
      h('p', {class: 'banner', 'data-year': year}, t('progress.notAssessed', {year, message}))),
  ];
  if (!p.years.length) {
    fill(root, header, h('p', {class: 'muted', id: 'progress-none'}, t('progress.none')));
    return;
  }
  fill(root, header,
    p.from ? h('p', {class: 'lead'}, t('progress.lead', {unit: p.name, from: p.from, to: p.to})) : null,
    h('div', {class: 'counts', id: 'progress-summary'}, CHANGES.map(c => h('section', {class: 'card', 'data-change': c},
      h('h2', {}, `${t(`progress.${c}`)} (${p[c].length})`),
      h('p', {}, p[c].map(n => [h('a', {class: 'notation', href: `#/item/${encodeURIComponent(n)}?year=${p.to}`}, n), ' ']))))),
    h('section', {class: 'card'}, h('div', {class: 'scroll'}, h('table', {class: 'plain', id: 'progress-table'},
      h('thead', {}, h('tr', {}, h('th', {}, t('progress.item')),
        p.years.map(y => h('th', {}, h('a', {href: `#/unit/${encodeURIComponent(id)}?year=${y}`}, String(y)), h('br', {}),
          h('span', {class: 'muted'}, t(p.eligible[y] ? 'progress.eligible' : 'progress.notEligible')))),
        p.from ? h('th', {}, t('progress.change')) : null)),
      h('tbody', {}, p.items.map(item => h('tr', {'data-item': item.notation, 'data-change': item.change || null},
        h('td', {}, h('a', {class: 'notation', href: `#/item/${encodeURIComponent(item.notation)}`}, item.notation)),
        p.years.map(y => h('td', {}, statusChip(item.statuses[y]))),
        p.from ? h('td', {}, t(`progress.change.${item.change}`)) : null)))))));
}
