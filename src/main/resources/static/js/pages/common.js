// Pieces several pages share: status chips, year and unit pickers, provision links.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';

export function statusChip(status) {
  return h('span', {class: `status status-${status}`, 'data-status': status}, t(`status.${status}`));
}

export function yearSelect(selected, onchange, id = 'year') {
  const select = h('select', {id, name: 'year', onchange: () => onchange(Number(select.value))},
    api.years().map(y => h('option', {value: String(y), selected: y === selected}, String(y))));
  return h('label', {class: 'field'}, h('span', {}, t('common.year')), select);
}

export function unitSelect(units, selected, onchange, id = 'unit') {
  const select = h('select', {id, name: 'unit', onchange: () => onchange(select.value)},
    units.map(u => h('option', {value: u.id, selected: u.id === selected}, `${u.name} (${u.id})`)));
  return h('label', {class: 'field'}, h('span', {}, t('common.unit')), select);
}

export function yearOf(route) {
  const y = Number(route.query.get('year'));
  return api.years().includes(y) ? y : api.lastFullYear();
}

/** The slug of a law from a provision IRI …/law/{slug}/{date}/art/{n}[/para/{m}]. */
export function provisionRoute(iri) {
  const m = /\/law\/([^/]+)\/(\d{4}-\d{2}-\d{2})\/art\/(\d+)(?:\/para\/(\d+))?$/.exec(iri || '');
  if (!m) return null;
  return `#/provision?${api.query({law: m[1], version: m[2], article: m[3], paragraph: m[4]})}`;
}

export function graphRoute(iri) {
  return `#/graph?${api.query({node: iri})}`;
}

export function errorBox(e) {
  return h('p', {class: 'error', role: 'alert'}, t('common.error', {message: e.message}));
}

/** Where this service describes a Yifa IRI (https://w3id.org/yifa/id/… → /id/…), or null for others. */
export function localDescription(iri) {
  const base = 'https://w3id.org/yifa/';
  return iri && iri.startsWith(base) ? '/' + iri.slice(base.length) : null;
}
