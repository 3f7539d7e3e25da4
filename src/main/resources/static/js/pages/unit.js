// A unit's assessment for a year: eligibility with veto reasons, the checklist by part with status
// colours, and per item the reasons why (missing evidence, required vs found, legal basis, body).
import {h, fill, spinner} from '../dom.js';
import {t, conceptLabel, partLabel} from '../i18n.js';
import * as api from '../api.js';
import {statusChip, yearSelect, unitSelect, yearOf, errorBox} from './common.js';

export async function render(root, route) {
  root.append(spinner(t('common.loading')));
  const [units, tree, labels] = await Promise.all([api.units(), api.framework(), api.labels()]);
  if (!units.length) {
    fill(root, h('h1', {}, t('unit.title')), h('p', {class: 'muted'}, t('common.noUnits')));
    return;
  }
  const id = route.path[0] && units.some(u => u.id === route.path[0]) ? route.path[0] : units[0].id;
  const year = yearOf(route);
  const go = (u, y) => { location.hash = `#/unit/${encodeURIComponent(u)}?year=${y}`; };

  const a = await api.getJson(`/api/units/${encodeURIComponent(id)}/assessment?year=${year}`);
  const unit = units.find(u => u.id === id);
  const toolbar = h('div', {class: 'toolbar no-print'},
      unitSelect(units, id, u => go(u, year), 'unit-select'),
      yearSelect(year, y => go(id, y), 'unit-year'),
      h('a', {href: `#/progress/${encodeURIComponent(id)}`, id: 'unit-progress'}, t('units.progress')),
      h('span', {class: 'spacer'}),
      h('a', {class: 'button secondary', id: 'plan-link', href: `#/plan/${encodeURIComponent(id)}?year=${year}`}, t('plan.link')),
      h('button', {type: 'button', class: 'secondary', id: 'print', onclick: () => window.print()}, t('common.print')));
  if (a.assessed === false) {
    // Retired (or not yet established) on the year's assessment date: the service says why.
    fill(root, toolbar, h('h1', {id: 'unit-title'}, t('unit.printTitle', {unit: a.name, year: a.year})),
      h('p', {class: 'banner bad', role: 'status', id: 'unit-not-assessed'}, t('unit.notAssessed', {message: a.message})));
    return;
  }
  const byNotation = new Map(a.findings.map(f => [f.notation, f]));
  const vetoes = new Map();
  for (const v of a.vetoes) vetoes.set(v.notation, [...(vetoes.get(v.notation) || []), v]);

  fill(root,
    toolbar,
    h('h1', {id: 'unit-title'}, t('unit.printTitle', {unit: a.name, year: a.year})),
    h('p', {class: 'muted'}, unit.unitTypes.map(s => h('span', {class: 'chip'}, conceptLabel(labels, 'unitTypes', s)))),
    banner(a),
    h('div', {class: 'counts', id: 'unit-counts'}, Object.entries(a.counts).map(([s, n]) =>
      h('span', {class: 'count-entry'}, statusChip(s), ' ', String(n)))),
    h('div', {class: 'checklist', id: 'checklist'}, tree.map(area => h('section', {class: 'part card'},
      h('h2', {}, partLabel(area.notation, area.title)),
      h('ol', {class: 'check-items'}, area.goals.flatMap(g => g.items).map(item =>
        item.kind === 'veto' ? vetoRow(item, vetoes.get(item.notation)) : findingRow(item, byNotation.get(item.notation))))))));

  function findingRow(item, finding) {
    const status = finding ? finding.status : 'not-applicable';
    const why = h('div', {class: 'why', id: `why-${item.notation}`, hidden: true});
    const toggle = h('button', {type: 'button', class: 'link-button why-toggle', 'aria-expanded': 'false',
      'aria-controls': `why-${item.notation}`, 'data-why': item.notation}, t('unit.why'));
    let loaded = false;
    toggle.addEventListener('click', async () => {
      const open = why.hidden;
      why.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? t('unit.hideWhy') : t('unit.why');
      if (open && !loaded) {
        loaded = true;
        fill(why, spinner(t('common.loading')));
        try {
          const ex = await api.getJson(`/api/units/${encodeURIComponent(id)}/items/${encodeURIComponent(item.notation)}/explain?year=${year}`);
          fill(why, explain(ex, labels));
          why.dataset.loaded = 'true';
        } catch (e) {
          fill(why, errorBox(e));
        }
      }
    });
    return h('li', {class: `check-item st-${status}`, 'data-item': item.notation, 'data-status': status},
      h('div', {class: 'check-row'},
        h('a', {class: 'notation', href: `#/item/${encodeURIComponent(item.notation)}`}, item.notation),
        h('span', {class: 'text'}, item.text),
        statusChip(status),
        status === 'met' || status === 'not-applicable' ? null : toggle),
      why);
  }

  function vetoRow(item, hits) {
    const status = hits ? 'missed' : 'met';
    return h('li', {class: `check-item st-${status}`, 'data-item': item.notation, 'data-status': status},
      h('div', {class: 'check-row'},
        h('a', {class: 'notation', href: `#/item/${encodeURIComponent(item.notation)}`}, item.notation),
        h('span', {class: 'text'}, item.text),
        h('span', {class: `status status-${status}`}, hits ? t('unit.vetoHit') : t('unit.vetoNone'))),
      hits ? h('ul', {class: 'why'}, hits.map(v => h('li', {}, v.date, ' · ', v.title))) : null);
  }
}

function banner(a) {
  const open = Object.entries(a.counts).filter(([s]) => s !== 'met' && s !== 'not-applicable').reduce((n, [, c]) => n + c, 0);
  return h('div', {class: `banner ${a.eligible ? 'ok' : 'bad'}`, id: 'eligibility', role: 'status'},
    h('strong', {}, a.eligible ? t('unit.eligible', {year: a.year}) : t('unit.notEligible', {year: a.year})),
    a.vetoes.length ? h('div', {class: 'vetoes'}, h('span', {}, t('unit.vetoed')),
      h('ul', {}, a.vetoes.map(v => h('li', {'data-veto': v.notation},
        t('unit.veto', {notation: v.notation, event: v.event, date: v.date, title: v.title}))))) : null,
    !a.eligible && open ? h('div', {}, t('unit.notAllMet', {n: open})) : null);
}

function explain(ex, labels) {
  const evidenceName = s => conceptLabel(labels, 'evidenceTypes', s);
  return h('div', {class: 'explain'},
    ex.criteria.map(c => h('div', {class: `explain-criterion st-${c.status}`, 'data-criterion': c.id},
      h('div', {class: 'criterion-head'}, h('strong', {}, t('unit.criterion', {id: c.id})), ' ', statusChip(c.status)),
      h('p', {}, c.obligation),
      h('dl', {class: 'facts'},
        h('dt', {}, t('unit.responsible')), h('dd', {}, c.responsible || t('common.none')),
        h('dt', {}, t('item.evidence')), h('dd', {}, c.requires.length ? c.requires.map(r =>
          h('span', {class: 'chip evidence'}, evidenceName(r.evidenceType), ' ', t('evidence.min', {n: r.min}))) : t('common.none')),
        c.rules.length ? [h('dt', {}, t('unit.rules')), h('dd', {}, c.rules.join('；'))] : null),
      c.reasons.length ? h('ul', {class: 'reasons'}, c.reasons.map(r => h('li', {class: 'reason', 'data-reason': r.kind},
        h('span', {class: 'reason-kind'}, t(`reason.${r.kind}`)),
        r.evidenceType ? [' · ', evidenceName(r.evidenceType)] : null,
        r.required != null ? [' · ', t('unit.required', {required: r.required, found: r.found ?? 0})] : null,
        r.detail ? h('div', {class: 'muted'}, r.detail) : null)))
        : c.status === 'not-applicable' ? null : h('p', {class: 'muted'}, t('unit.noReasons')),
      c.evidence.length ? h('details', {class: 'records'},
        h('summary', {}, t('unit.evidenceRecords'), ` (${c.evidence.length})`),
        h('ul', {}, c.evidence.map(e => h('li', {class: e.counted ? 'counted' : 'not-counted'},
          h('span', {class: 'tag'}, e.counted ? t('unit.counted') : t('unit.notCounted')), ' ',
          e.date, ' · ', h('span', {class: 'record-title'}, e.title), ' ', h('span', {class: 'muted'}, `(${e.recordId})`))))) : null)),
    ex.provisions.length ? h('p', {class: 'basis-line'}, h('strong', {}, t('unit.legalBasis'), '：'), ex.provisions.join('；')) : null);
}
