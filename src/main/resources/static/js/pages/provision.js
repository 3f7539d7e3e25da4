// One article or paragraph: its text, the law's versions, how it changed, and the items resting on it.
import {h, fill, spinner} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {graphRoute} from './common.js';

export async function render(root, route) {
  const q = route.query;
  const params = {law: q.get('law'), article: q.get('article'), version: q.get('version'), paragraph: q.get('paragraph')};
  root.append(spinner(t('common.loading')));
  const p = await api.getJson(`/api/provisions?${api.query(params)}`);
  const [law, drift] = await Promise.all([api.getJson(`/api/laws/${encodeURIComponent(p.slug)}`), api.drift()]);

  const articleIri = p.iri.replace(/\/para\/\d+$/, '');
  const changes = drift.filter(c => c.provision.iri === p.iri
    || (p.paragraph == null && c.provision.iri.startsWith(articleIri + '/para/'))
    || (p.paragraph != null && c.provision.iri === articleIri));
  const page = law.version && law.version.nationalDatabasePage;

  fill(root,
    h('nav', {class: 'crumbs'}, h('a', {href: '#/framework'}, t('nav.framework')), ' › ', h('span', {}, p.title)),
    h('header', {class: 'item-head'},
      h('h1', {id: 'provision-title'}, t('provision.title', {law: p.law, number: p.numberZh})),
      h('a', {class: 'button secondary', href: graphRoute(p.iri)}, t('common.showGraph'))),
    h('p', {class: 'muted'}, p.title, ' · ', t('provision.version', {date: p.version}),
      page ? [' · ', h('a', {href: page, rel: 'noopener noreferrer', target: '_blank'}, t('provision.national'))] : null),
    h('div', {class: 'law-text big', id: 'provision-text'}, p.text),
    p.now ? nowBox(p) : null,
    h('section', {class: 'card'},
      h('h2', {}, t('provision.versions')),
      h('ul', {class: 'versions'}, law.versions.map(v => h('li', {},
        v.date === p.version ? h('strong', {}, v.date, ' (', t('provision.current'), ')')
          : h('a', {href: `#/provision?${api.query({...params, version: v.date})}`}, v.date),
        v.inForce ? h('span', {class: 'muted'}, ' ', t('provision.inForce', {date: v.inForce})) : null)))),
    h('section', {class: 'card', id: 'provision-drift'},
      h('h2', {}, t('provision.drift')),
      changes.length ? h('ul', {class: 'drift'}, changes.map(changeRow)) : h('p', {class: 'muted'}, t('provision.noDrift'))),
    h('section', {class: 'card', id: 'provision-items'},
      h('h2', {}, t('provision.items')),
      p.items.length ? h('ul', {class: 'item-links'}, p.items.map(i => h('li', {},
        h('a', {href: `#/item/${encodeURIComponent(i.notation)}`}, t('drift.item', {n: i.notation})),
        i.kind === 'veto' ? h('span', {class: 'badge veto'}, t('kind.veto')) : null)))
        : h('p', {class: 'muted'}, t('provision.noItems'))));
}

/** "This article is now 第N条 of …", the curated counterparts, and the way to the impact of the change. */
function nowBox(p) {
  const n = p.now;
  const where = {law: n.law, version: n.version, number: n.numberZh};
  return h('section', {class: 'card', id: 'provision-now'},
    h('p', {}, n.article != null
      ? [h('a', {href: `#/provision?${api.query({law: n.law, article: n.article, version: n.version})}`}, t('provision.now', where)),
        ' ', h('span', {class: 'muted'}, t(`provision.nowMethod.${n.method}`, {score: Math.round((n.score || 0) * 100)}))]
      : t('provision.nowNone', where)),
    (n.counterparts || []).length ? h('ul', {class: 'counterparts'}, n.counterparts.map(c => h('li', {},
      h('span', {class: 'tag'}, t(`basis.relation.${c.relation}`)), ' ',
      h('a', {href: `#/item/${encodeURIComponent(c.item)}`}, t('drift.item', {n: c.item})), ' ',
      c.article != null ? t('law.article', {n: c.article}) : null, ' ', h('span', {class: 'muted'}, c.rationale)))) : null,
    n.law === p.law ? h('a', {class: 'button secondary', id: 'provision-impact', href: impactRoute(p.law, p.version, n.version)},
      t('provision.impact', {from: p.version, to: n.version})) : null);
}

function impactRoute(law, from, to) {
  return `#/impact?${api.query({law, from, to})}`;
}

function changeRow(c) {
  const side = (label, s) => s ? h('div', {class: 'side'},
    h('div', {class: 'side-head'}, h('strong', {}, label), ' ', `${s.law} (${s.version})`,
      s.article != null ? [' ', t('law.article', {n: s.article})] : null),
    s.text ? h('div', {class: 'law-text'}, s.text) : null) : null;
  return h('li', {class: 'change'},
    h('div', {},
      h('span', {class: `tag change-${c.change}`}, t(`drift.change.${c.change}`)), ' ',
      h('a', {href: `#/item/${encodeURIComponent(c.notation)}`}, t('drift.item', {n: c.notation})),
      c.similarity != null ? h('span', {class: 'muted'}, ` · ${Math.round(c.similarity * 100)}%`) : null),
    h('div', {class: 'sides'}, side(t('drift.before'), c.before), side(t('drift.after'), c.after)),
    c.after && c.before && c.after.law === c.before.law && c.after.version !== c.before.version
      ? h('a', {class: 'impact-link', href: impactRoute(c.before.law, c.before.version, c.after.version)},
        t('provision.impact', {from: c.before.version, to: c.after.version})) : null);
}
