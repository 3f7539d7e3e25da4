// A unit's rectification plan (整改清单) for a year: what to supply or do, by when, by whom, on which
// legal basis; veto events with the date they leave the window; totals per body; the ledger to fill in.
import {h, fill, spinner} from '../dom.js';
import {t, conceptLabel} from '../i18n.js';
import * as api from '../api.js';
import {yearSelect, unitSelect, yearOf} from './common.js';

export async function render(root, route) {
  root.append(spinner(t('common.loading')));
  const [units, labels] = await Promise.all([api.units(), api.labels()]);
  if (!units.length) {
    fill(root, h('h1', {}, t('plan.title')), h('p', {class: 'muted'}, t('common.noUnits')));
    return;
  }
  const id = route.path[0] && units.some(u => u.id === route.path[0]) ? route.path[0] : units[0].id;
  const year = yearOf(route);
  const go = (u, y) => { location.hash = `#/plan/${encodeURIComponent(u)}?year=${y}`; };
  const plan = await api.getJson(`/api/units/${encodeURIComponent(id)}/plan?year=${year}`);
  const evidenceName = s => conceptLabel(labels, 'evidenceTypes', s);

  fill(root,
    h('div', {class: 'toolbar no-print'},
      unitSelect(units, id, u => go(u, year), 'plan-unit'),
      yearSelect(year, y => go(id, y), 'plan-year'),
      h('span', {class: 'spacer'}),
      h('a', {class: 'button secondary', id: 'plan-assessment', href: `#/unit/${encodeURIComponent(id)}?year=${year}`},
        t('plan.assessment')),
      h('a', {class: 'button secondary', id: 'plan-workbook', download: '',
        href: `/api/units/${encodeURIComponent(id)}/plan.xlsx?year=${year}`}, t('plan.workbook')),
      h('button', {type: 'button', class: 'secondary', id: 'plan-print', onclick: () => window.print()}, t('common.print'))),
    h('h1', {id: 'plan-title'}, t('plan.printTitle', {unit: plan.name, year: plan.year})),
    banner(plan),
    plan.vetoes.length ? h('section', {class: 'card', id: 'plan-vetoes'},
      h('h2', {}, t('plan.vetoes')),
      h('ul', {}, plan.vetoes.map(v => h('li', {'data-veto': v.notation},
        t('plan.veto', {notation: v.notation, event: v.event, date: v.date, title: v.title}), ' ',
        h('strong', {}, v.clearsOn ? t('plan.clearsOn', {date: v.clearsOn, year: v.firstYear, phrase: v.windowPhrase || ''})
          : t('plan.clearsIn', {year: v.firstYear})))))) : null,
    plan.totals.length ? h('section', {class: 'card'},
      h('h2', {}, t('plan.totals')),
      h('div', {class: 'scroll'}, h('table', {class: 'plain', id: 'plan-totals'},
        h('thead', {}, h('tr', {}, [t('plan.responsible'), t('plan.records'), t('plan.judgements'), t('plan.resolve')]
          .map(s => h('th', {}, s)))),
        h('tbody', {}, plan.totals.map(x => h('tr', {},
          h('td', {}, x.responsible), h('td', {class: 'num'}, String(x.records)),
          h('td', {class: 'num'}, String(x.judgements)), h('td', {class: 'num'}, String(x.resolve)))))))) : null,
    h('section', {class: 'card'},
      h('h2', {}, t('plan.actions', {n: plan.actions.length})),
      plan.actions.length ? h('div', {class: 'scroll'}, h('table', {class: 'plain plan-actions', id: 'plan-actions'},
        h('thead', {}, h('tr', {}, ['#', t('plan.deadline'), t('plan.what'), t('plan.dates'), t('plan.criteria'),
          t('plan.responsible'), t('plan.basis')].map(s => h('th', {}, s)))),
        h('tbody', {}, plan.actions.map((a, i) => h('tr', {class: `plan-${a.kind}`, 'data-kind': a.kind},
          h('td', {class: 'num'}, String(i + 1)),
          h('td', {}, a.deadline),
          h('td', {}, what(a, evidenceName)),
          h('td', {}, a.kind === 'supply' ? dates(a) : ''),
          h('td', {}, a.items.map(n => h('a', {class: 'notation', href: `#/item/${encodeURIComponent(n)}`}, n)),
            h('div', {class: 'muted'}, a.criteria.join(', '))),
          h('td', {}, a.responsible.join('、')),
          h('td', {class: 'basis'}, a.provisions.join('；'))))))) : h('p', {class: 'muted'}, t('plan.nothing'))));
}

function banner(plan) {
  const ok = plan.eligible;
  return h('div', {class: `banner ${ok ? 'ok' : 'bad'}`, id: 'plan-status', role: 'status'},
    h('strong', {}, ok ? t('unit.eligible', {year: plan.year}) : t('unit.notEligible', {year: plan.year})),
    ok ? null : h('div', {id: 'plan-after'}, plan.eligibleAfter
      ? (plan.eligibleFromYear > plan.year ? t('plan.afterButVeto', {year: plan.eligibleFromYear}) : t('plan.after'))
      : t('plan.notAfter')));
}

function what(a, evidenceName) {
  if (a.kind === 'supply') {
    return [h('strong', {}, t('plan.supply', {type: evidenceName(a.evidenceType), n: a.count})),
      a.validityRequired || a.validUntilYears != null
        ? h('div', {class: 'muted'}, a.validUntilYears != null ? t('plan.validUntil', {n: a.validUntilYears}) : t('plan.validityStated'))
        : null];
  }
  if (a.kind === 'judge') return [h('strong', {}, t('plan.judge')), h('div', {class: 'muted'}, a.obligations.join(' '))];
  return [h('strong', {}, t('plan.resolveStep')), h('div', {class: 'muted'}, a.detail)];
}

function dates(a) {
  return a.from ? t('plan.between', {from: a.from, to: a.deadline}) : t('plan.upTo', {to: a.deadline});
}
