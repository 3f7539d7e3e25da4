// One item: its text, criteria, legal basis with the articles' text, and which units miss it.
import {h, fill, spinner} from '../dom.js';
import {t, conceptLabel, partLabel} from '../i18n.js';
import * as api from '../api.js';
import {basisTimeSection} from './basis-time.js';
import {statusChip, yearSelect, yearOf, provisionRoute, graphRoute, errorBox, localDescription} from './common.js';

export async function render(root, route) {
  const notation = route.path[0] || '1.1';
  root.append(spinner(t('common.loading')));
  const [item, labels] = await Promise.all([api.getJson(`/api/items/${encodeURIComponent(notation)}`), api.labels()]);

  const unitsBox = h('section', {class: 'card', id: 'item-units'});
  fill(root,
    h('nav', {class: 'crumbs'},
      h('a', {href: '#/framework'}, t('nav.framework')), ' › ',
      h('a', {href: `#/framework?${api.query({q: item.area.notation + '.'})}`},
        partLabel(item.area.notation, item.area.title)), ' › ',
      h('span', {}, item.goal.title)),
    h('header', {class: 'item-head'},
      h('h1', {}, t('item.title', {n: item.notation}),
        h('span', {class: `badge ${item.kind}`}, t(`kind.${item.kind}`))),
      h('span', {class: 'head-links'},
        h('a', {class: 'button secondary', href: localDescription(item.iri)}, t('common.rdf')), ' ',
        h('a', {class: 'button secondary', href: graphRoute(item.iri)}, t('common.showGraph')))),
    h('blockquote', {class: 'item-text', id: 'item-text'}, item.text),
    criteriaSection(item.criteria || [], labels),
    basisSection(item),
    basisTimeSection(item),
    unitsBox);
  loadUnits(unitsBox, item, yearOf(route));
}

function criteriaSection(criteria, labels) {
  return h('section', {class: 'card', id: 'item-criteria'},
    h('h2', {}, t('item.criteria')),
    criteria.length ? h('ol', {class: 'criteria'}, criteria.map(c => h('li', {class: 'criterion'},
      h('div', {class: 'criterion-head'},
        h('span', {class: 'notation'}, c.id),
        h('span', {class: 'tag'}, c.judgement ? t('item.judgement') : t('item.documentary'))),
      h('p', {}, c.text),
      h('dl', {class: 'facts'},
        h('dt', {}, t('item.appliesTo')),
        h('dd', {}, c.appliesTo.map(s => h('span', {class: 'chip'}, conceptLabel(labels, 'unitTypes', s)))),
        h('dt', {}, t('item.responsible')),
        h('dd', {}, c.responsible ? conceptLabel(labels, 'unitTypes', c.responsible) : t('common.none')),
        h('dt', {}, t('item.evidence')),
        h('dd', {}, c.evidence.length ? c.evidence.map(e => h('span', {class: 'chip evidence'},
          conceptLabel(labels, 'evidenceTypes', e.type), ' ', t('evidence.min', {n: e.min}))) : t('common.none')),
        c.period ? [h('dt', {}, t('item.period')), h('dd', {}, periodText(c.period))] : null)))) :
      h('p', {class: 'muted'}, t('item.noCriteria')));
}

export function periodText(p) {
  const parts = [];
  if (p.per === 'year') parts.push(t('period.perYear'));
  if (p.per === 'quarter') parts.push(t('period.perQuarter'));
  if (p.min != null) parts.push(t('period.min', {n: p.min}));
  if (p.deadline) parts.push(t('period.deadline', {q: p.deadline}));
  if (p.validityYears != null) parts.push(t('period.validity', {n: p.validityYears}));
  if (p.provisionalValidityYears != null) parts.push(t('period.provisionalValidity', {n: p.provisionalValidityYears}));
  if (p.since) parts.push(t('period.since', {date: p.since}));
  return parts.join('，');
}

function basisSection(item) {
  const provisions = item.provisions || [];
  const list = h('ol', {class: 'basis'});
  for (const p of provisions) {
    if (p.article == null) {
      list.append(h('li', {class: 'citation'},
        h('div', {class: 'basis-head'}, h('strong', {}, p.citedText || p.law),
          ' ', h('span', {class: 'tag'}, t('item.citation')),
          p.resolved === false ? h('span', {class: 'muted'}, ' ', t('item.unresolved')) : null)));
      continue;
    }
    const textBox = h('div', {class: 'law-text'}, spinner(t('common.loading')));
    const number = t('law.article', {n: p.article}) + (p.paragraph ? t('law.paragraph', {n: p.paragraph}) : '');
    list.append(h('li', {class: 'provision'},
      h('div', {class: 'basis-head'},
        h('a', {href: provisionRoute(p.iri) || '#'}, `${p.law} ${number}`),
        h('span', {class: 'muted'}, ` (${p.version})`), ' ',
        h('span', {class: 'tag'}, t(`link.${p.kind}`)), p.verified ? h('span', {class: 'tag ok'}, t('item.verified')) : null),
      textBox,
      p.rationale ? h('p', {class: 'rationale'}, h('strong', {}, t('item.rationale'), '：'), p.rationale) : null));
    api.getJson(`/api/provisions?${api.query({law: p.law, article: p.article, version: p.version, paragraph: p.paragraph})}`)
      .then(json => fill(textBox, json.text))
      .catch(e => fill(textBox, errorBox(e)));
  }
  return h('section', {class: 'card', id: 'item-basis'},
    h('h2', {}, t('item.legalBasis')),
    provisions.length ? list : null,
    item.legalBasisNote ? h('p', {class: 'note'}, item.legalBasisNote) : null,
    !provisions.length && !item.legalBasisNote ? h('p', {class: 'muted'}, t('item.noBasis')) : null);
}

async function loadUnits(box, item, year) {
  const notation = item.notation;
  const draw = async y => {
    fill(box, h('h2', {}, t('item.units')), yearSelect(y, draw, 'item-year'), spinner(t('common.loading')));
    try {
      const units = await api.units();
      let missed = [];
      let partly = [];
      if (item.kind === 'veto') {
        // A veto condition is no finding of the gaps: it shows as a veto in each unit's assessment.
        const all = await Promise.all(units.map(u => api.getJson(`/api/units/${encodeURIComponent(u.id)}/assessment?year=${y}`)));
        missed = all.filter(a => a.vetoes.some(v => v.notation === notation)).map(a => a.unit);
      } else {
        const gaps = await api.getJson(`/api/gaps?year=${y}`);
        const row = gaps.items.find(i => i.notation === notation);
        missed = row ? row.missed : [];
        partly = row ? row.partlyMet : [];
      }
      const name = id => (units.find(u => u.id === id) || {name: id}).name;
      const others = units.filter(u => !missed.includes(u.id) && !partly.includes(u.id));
      const unitLink = id => h('a', {href: `#/unit/${encodeURIComponent(id)}?year=${y}`}, name(id));
      box.lastChild.remove();
      if (!units.length) {
        box.append(h('p', {class: 'muted'}, t('common.noUnits')));
        return;
      }
      box.append(
        h('div', {class: 'unit-lists'},
          h('div', {}, h('h3', {}, item.kind === 'veto' ? h('span', {class: 'status status-missed'}, t('unit.vetoHit'))
            : statusChip('missed'), ' ', missed.length),
            missed.length ? h('ul', {}, missed.map(id => h('li', {}, unitLink(id)))) : null),
          item.kind === 'veto' ? null : h('div', {}, h('h3', {}, statusChip('partly-met'), ' ', partly.length),
            partly.length ? h('ul', {}, partly.map(id => h('li', {}, unitLink(id)))) : null),
          h('div', {}, h('h3', {}, item.kind === 'veto' ? t('unit.vetoNone') : t('item.unitsOther'), ' ', others.length),
            others.length ? h('ul', {}, others.map(u => h('li', {}, unitLink(u.id)))) : null)),
        !missed.length && !partly.length ? h('p', {class: 'muted'}, t('item.noGaps')) : null);
    } catch (e) {
      box.lastChild.remove();
      box.append(errorBox(e));
    }
  };
  draw(year);
}
