// What a change of law touches: #/impact?law=…&from=…&to=… — articles added, removed, renumbered and
// reworded (with the word diff), and for each the items, criteria and units' stored findings resting on it.
import {h, fill, spinner} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {statusChip} from './common.js';

export async function render(root, route) {
  const q = route.query;
  const params = {law: q.get('law'), from: q.get('from'), to: q.get('to')};
  root.append(spinner(t('common.loading')));
  const r = await api.getJson(`/api/impact?${api.query(params)}`);
  const show = q.get('show') || 'touched';
  const changes = r.changes.filter(c => show === 'all' || c.items.length || !c.change.includes('unchanged'));
  fill(root,
    h('nav', {class: 'crumbs'}, h('a', {href: '#/framework'}, t('nav.framework')), ' › ', h('span', {}, r.law)),
    h('header', {class: 'item-head'}, h('h1', {id: 'impact-title'}, t('impact.title', {law: r.law, from: r.from.versionDate, to: r.to.versionDate}))),
    h('p', {class: 'muted'}, r.from.title, ` (${r.from.articles}) → `, r.to.title, ` (${r.to.articles})`,
      r.to.inForce ? [' · ', t('provision.inForce', {date: r.to.inForce})] : null),
    h('ul', {class: 'impact-counts', id: 'impact-counts'}, Object.entries(r.counts).map(([k, n]) =>
      h('li', {'data-kind': k}, h('span', {class: `tag change-${k}`}, t(`impact.kind.${k}`)), ' ', String(n)))),
    h('p', {class: 'muted'}, t('impact.method', {threshold: r.method.threshold}),
      ' · ', t('impact.touched', {n: r.items.length})),
    h('ol', {class: 'impact', id: 'impact-changes'}, changes.map(changeItem)));
}

function changeItem(c) {
  const number = s => s ? `${s.number}` : '—';
  return h('li', {class: 'impact-change', 'data-change': c.change.join(' ')},
    h('div', {class: 'impact-head'},
      c.change.map(k => h('span', {class: `tag change-${k}`}, t(`impact.kind.${k}`))), ' ',
      h('strong', {}, number(c.from), ' → ', number(c.to)),
      c.similarity != null ? h('span', {class: 'muted'}, ` · ${Math.round(c.similarity * 100)}%`) : null),
    c.diff ? h('div', {class: 'law-text diff'}, c.diff.map(run =>
      run.op === '+' ? h('ins', {}, run.text) : run.op === '-' ? h('del', {}, run.text) : run.text))
      : h('div', {class: 'law-text'}, (c.to || c.from).text),
    c.items.length ? h('div', {class: 'impact-resting'},
      h('div', {}, h('strong', {}, t('impact.items')), ' ',
        c.items.map(n => [h('a', {href: `#/item/${encodeURIComponent(n)}`, class: 'impact-item'}, t('drift.item', {n})), ' '])),
      c.criteria.length ? h('div', {}, h('strong', {}, t('impact.criteria')), h('ul', {class: 'impact-criteria'},
        c.criteria.map(x => h('li', {}, h('span', {class: 'notation'}, x.id), ' ', x.obligation)))) : null,
      c.findings.length ? h('div', {}, h('strong', {}, t('impact.findings')), h('ul', {class: 'impact-findings'},
        c.findings.map(f => h('li', {}, t('drift.item', {n: f.item}), ' · ',
          h('a', {href: `#/unit/${encodeURIComponent(f.unit)}?year=${f.year}`}, f.name || f.unit), ` ${f.year} `,
          statusChip(f.status))))) : null) : null);
}
