// Where the city falls short: a heat map of units × parts, the most-missed items, totals per unit type.
import {h, fill, spinner} from '../dom.js';
import {t, conceptLabel, partNumeral} from '../i18n.js';
import * as api from '../api.js';
import {yearSelect, yearOf, statusChip} from './common.js';

export async function render(root, route) {
  const year = yearOf(route);
  root.append(spinner(t('common.loading')));
  const [gaps, units, tree, labels] = await Promise.all([
    api.getJson(`/api/gaps?year=${year}`), api.units(), api.framework(), api.labels()]);

  const header = [
    h('h1', {}, t('gaps.title')),
    h('div', {class: 'toolbar no-print'}, yearSelect(year, y => { location.hash = `#/gaps?year=${y}`; }, 'gaps-year')),
  ];
  // The city's eligible count per assessed year: assessing every year takes a while, so it fills in later.
  const byYear = h('section', {class: 'card', id: 'gaps-years'}, h('h2', {}, t('gaps.byYear')), spinner(t('common.loading')));
  api.getJson('/api/gaps/eligible-by-year').then(rows => fill(byYear, h('h2', {}, t('gaps.byYear')),
    h('table', {class: 'plain', id: 'eligible-by-year'}, h('tbody', {}, rows.map(r => h('tr', {'data-year': r.year},
      h('th', {scope: 'row'}, h('a', {href: `#/gaps?year=${r.year}`}, String(r.year))),
      h('td', {class: 'num', title: r.eligible.map(id => (units.find(u => u.id === id) || {name: id}).name).join('、')},
        t('gaps.byYearCount', {eligible: r.eligibleCount, units: r.units}))))))))
    .catch(e => fill(byYear, h('p', {class: 'error', role: 'alert'}, t('common.error', {message: e.message}))));
  if (!gaps.units) {
    fill(root, header, h('p', {class: 'muted'}, t('gaps.none')), byYear);
    return;
  }
  const name = id => (units.find(u => u.id === id) || {name: id}).name;
  // Requirements per part: the heat map's scale (veto conditions are no findings).
  const size = new Map(tree.map(a => [a.notation,
    a.goals.reduce((n, g) => n + g.items.filter(i => i.kind === 'requirement').length, 0)]));
  const byArea = new Map(gaps.areas.map(a => [a.area, a.byUnit]));
  const parts = tree.map(a => a.notation).filter(n => size.get(n) > 0);
  const scale = Math.max(1, gaps.units);

  fill(root, header,
    h('p', {class: 'lead', id: 'gaps-summary'},
      t('gaps.summary', {year: gaps.year, units: gaps.units, eligible: gaps.eligible.length})),
    byYear,
    h('section', {class: 'card'},
      h('h2', {}, t('gaps.heatmap')),
      h('p', {class: 'muted'}, t('gaps.heatmapNote')),
      h('div', {class: 'scroll'}, h('table', {class: 'heatmap', id: 'heatmap'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('common.unit')),
          parts.map(n => h('th', {scope: 'col', title: tree.find(a => a.notation === n).title}, partNumeral(n))))),
        h('tbody', {}, units.map(u => h('tr', {},
          h('th', {scope: 'row'}, h('a', {href: `#/unit/${encodeURIComponent(u.id)}?year=${year}`}, u.name)),
          parts.map(n => {
            const count = (byArea.get(n) || {})[u.id] || 0;
            const ratio = count / size.get(n);
            return h('td', {class: 'heat', 'data-count': count,
              style: `background:${heat(ratio)};color:${ratio > 0.55 ? '#fff' : '#222'}`,
              title: `${u.name} · ${t('gaps.part', {n})}: ${count} / ${size.get(n)}`}, String(count));
          }))))))),
    h('section', {class: 'card'},
      h('h2', {}, t('gaps.mostMissed')),
      h('ol', {class: 'bars', id: 'most-missed'}, gaps.items.slice(0, 15).map(i => h('li', {},
        h('a', {class: 'notation', href: `#/item/${encodeURIComponent(i.notation)}?year=${year}`}, i.notation),
        h('span', {class: 'bar', title: [...i.missed, ...i.partlyMet].map(name).join('、')},
          h('span', {class: 'bar-missed', style: `width:${100 * i.missed.length / scale}%`}),
          h('span', {class: 'bar-partly', style: `width:${100 * i.partlyMet.length / scale}%`})),
        h('span', {class: 'muted'}, t('gaps.unitsMissing', {n: i.units}))))),
      h('p', {class: 'legend'}, statusChip('missed'), ' ', statusChip('partly-met'))),
    h('section', {class: 'card'},
      h('h2', {}, t('gaps.byType')),
      h('table', {class: 'plain', id: 'by-type'},
        h('thead', {}, h('tr', {}, h('th', {}, t('gaps.type')), h('th', {}, t('gaps.total')))),
        h('tbody', {}, Object.entries(gaps.unitTypes).sort((x, y) => y[1] - x[1]).map(([slug, n]) =>
          h('tr', {}, h('td', {}, conceptLabel(labels, 'unitTypes', slug)), h('td', {class: 'num'}, String(n))))))));
}

/** White to deep red as the share of a part's items missed grows. */
function heat(ratio) {
  const r = Math.max(0, Math.min(1, ratio));
  const light = 97 - r * 62;
  return `hsl(4, ${40 + r * 45}%, ${light}%)`;
}
