// The basis of an item "then" (the checklist's date) and "now" (today), side by side, per curated link,
// from GET /api/items/{n}/basis?date=: which version was in force each day, and whether its text is held.
import {h, fill, spinner} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {errorBox} from './common.js';

/** A card that fills itself once both answers are in. */
export function basisTimeSection(item) {
  const box = h('section', {class: 'card', id: 'item-basis-time'}, h('h2', {}, t('basis.title')), spinner(t('common.loading')));
  const checklistDate = item.basis && item.basis.checklistDate;
  const url = date => `/api/items/${encodeURIComponent(item.notation)}/basis${date ? `?${api.query({date})}` : ''}`;
  Promise.all([api.getJson(url(checklistDate)), api.getJson(url(null))])
    .then(([then, now]) => draw(box, item, then, now))
    .catch(e => fill(box, h('h2', {}, t('basis.title')), errorBox(e)));
  return box;
}

function draw(box, item, then, now) {
  const basis = item.basis || {};
  const head = h('p', {class: 'muted', id: 'basis-dates'},
    t('basis.then', {date: then.date}),
    basis.checklistDateCertainty === 'approximate' ? [' ', t('basis.approximate')] : null,
    basis.checklistDateEvidence ? [' · ', t('basis.evidence'), '「', basis.checklistDateEvidence, '」'] : null,
    ' · ', t('basis.now', {date: now.date}));
  if (!then.links.length) {
    fill(box, h('h2', {}, t('basis.title')), head, h('p', {class: 'muted'}, t('item.noBasis')));
    return;
  }
  const rows = then.links.map((link, i) => h('tr', {class: 'basis-link'},
    h('th', {scope: 'row'},
      `${link.law} ${t('law.article', {n: link.article})}${link.paragraph ? t('law.paragraph', {n: link.paragraph}) : ''}`,
      h('div', {class: 'muted'}, link.version, ' · ', t(`link.${link.kind}`)),
      h('div', {class: 'muted quote-then'}, t(`basis.quote.${link.quoteOnChecklistDate}`))),
    h('td', {class: 'then'}, cell(then.links[i].onDate)),
    h('td', {class: 'now'}, cell(now.links[i] && now.links[i].onDate))));
  fill(box, h('h2', {}, t('basis.title')), head,
    h('div', {class: 'table-scroll'}, h('table', {class: 'basis-time'},
      h('thead', {}, h('tr', {}, h('th', {}, t('basis.link')),
        h('th', {}, t('basis.thenHead', {date: then.date})), h('th', {}, t('basis.nowHead', {date: now.date})))),
      h('tbody', {}, rows))));
}

/** One side: the state of the law that day (held / not held / not yet enacted / replaced) and the article there. */
function cell(on) {
  if (!on) return h('span', {class: 'muted'}, t('basis.unknown'));
  const state = on.status === 'not-yet-enacted' ? 'not-yet-enacted'
    : on.status === 'replaced' ? 'replaced' : on.held ? 'held' : 'not-held';
  const version = [on.law, ' ', on.versionDate, on.inForce ? [' · ', t('provision.inForce', {date: on.inForce})] : null];
  const route = on.held && on.article != null
    ? `#/provision?${api.query({law: on.law, article: on.article, version: on.versionDate})}` : null;
  return h('div', {class: `basis-state state-${state}`, 'data-state': state},
    h('span', {class: `tag state-${state}`}, t(`basis.state.${state}`)),
    on.replacedVersion ? h('div', {class: 'muted'}, t('basis.replacedFrom', {law: on.replacedVersion.title, date: on.replacedVersion.versionDate})) : null,
    h('div', {}, version),
    on.nationalDatabasePage ? h('a', {href: on.nationalDatabasePage, rel: 'noopener noreferrer', target: '_blank'}, t('provision.national')) : null,
    state === 'held' || state === 'replaced' ? articleOf(on, route) : null,
    state === 'not-held' ? h('p', {class: 'muted'}, t('basis.notHeldNote')) : null,
    (on.counterparts || []).map(c => h('div', {class: 'counterpart'},
      h('span', {class: 'tag'}, t(`basis.relation.${c.relation}`)), ' ',
      c.article != null ? t('law.article', {n: c.article}) : null, ' ', h('span', {class: 'muted'}, c.rationale))));
}

function articleOf(on, route) {
  if (on.article == null) return h('p', {class: 'muted'}, t('basis.noArticle'));
  const method = on.correspondence ? t(`basis.method.${on.correspondence.method}`) : '';
  return h('div', {class: 'article-then'},
    route ? h('a', {href: route}, on.articleNumber) : on.articleNumber, ' ', h('span', {class: 'muted'}, method),
    h('div', {class: 'law-text'}, on.articleText));
}
