// The graph explorer: start at a node, expand neighbours on click, filter by kind, colour items by a
// unit's findings, export PNG or SVG.
import {h, fill, spinner, download} from '../dom.js';
import {t, lang} from '../i18n.js';
import * as api from '../api.js';
import * as scripts from '../scripts.js';
import {replaceQuery} from '../app.js';
import {statusChip, provisionRoute, errorBox, localDescription} from './common.js';

const KINDS = ['item', 'criterion', 'evidenceType', 'body', 'provision', 'law', 'unit', 'finding', 'vetoEvent'];
const LOOK = {
  item: {shape: 'round-rectangle', color: '#1f5fa8', w: 34, h: 22},
  criterion: {shape: 'ellipse', color: '#2a9d8f', w: 18, h: 18},
  evidenceType: {shape: 'diamond', color: '#7b4fa0', w: 24, h: 24},
  body: {shape: 'hexagon', color: '#e07a1f', w: 26, h: 22},
  provision: {shape: 'rectangle', color: '#8d6e63', w: 22, h: 16},
  law: {shape: 'barrel', color: '#8b1e1e', w: 34, h: 26},
  unit: {shape: 'star', color: '#00838f', w: 30, h: 30},
  finding: {shape: 'ellipse', color: '#9e9e9e', w: 14, h: 14},
  vetoEvent: {shape: 'octagon', color: '#b71c1c', w: 24, h: 24},
};
export const STATUS_COLOURS = {
  'met': '#2e7d32', 'partly-met': '#f9a825', 'missed': '#c62828', 'not-applicable': '#bdbdbd', 'needs-judgement': '#1565c0',
};

export async function render(root, route) {
  root.append(spinner(t('common.loading')));
  const [cytoscape, tree, units] = await Promise.all([scripts.cytoscape(), api.framework(), api.units()]);
  const year = Number(route.query.get('year')) || api.lastFullYear();
  let unit = route.query.get('unit') || '';
  const start = route.query.get('node') || tree[0].goals[0].items[0].notation;

  const startInput = h('input', {type: 'text', id: 'graph-start', value: start, placeholder: t('graph.startPlaceholder'),
    'aria-label': t('graph.start')});
  const unitSelect = h('select', {id: 'graph-unit', 'aria-label': t('graph.colourBy')},
    h('option', {value: ''}, t('graph.noUnit')),
    units.map(u => h('option', {value: u.id, selected: u.id === unit}, u.name)));
  const yearSelect = h('select', {id: 'graph-year', 'aria-label': t('common.year')},
    api.years().map(y => h('option', {value: String(y), selected: y === year}, String(y))));
  const filters = h('fieldset', {class: 'filters'}, h('legend', {}, t('graph.filter')),
    KINDS.map(k => h('label', {class: 'filter'},
      h('input', {type: 'checkbox', checked: true, value: k, 'data-kind': k}),
      h('span', {class: `swatch kind-${k}`, style: `background:${LOOK[k].color}`}), t(`graph.kind.${k}`))));
  const status = h('span', {class: 'muted', id: 'graph-status', 'aria-live': 'polite'});
  const message = h('div', {id: 'graph-message'});
  const canvas = h('div', {id: 'cy', class: 'cy', role: 'img', 'aria-label': t('graph.title')});
  const panel = h('aside', {class: 'graph-panel', id: 'graph-panel'}, h('p', {class: 'muted'}, t('graph.hint')));
  const legend = h('div', {class: 'legend', id: 'graph-legend'});

  fill(root,
    h('h1', {class: 'visually-hidden'}, t('graph.title')),
    h('form', {class: 'toolbar', onsubmit: e => { e.preventDefault(); restart(startInput.value.trim()); }},
      h('label', {class: 'field'}, h('span', {}, t('graph.start')), startInput),
      h('button', {type: 'submit'}, t('graph.go')),
      h('label', {class: 'field'}, h('span', {}, t('graph.colourBy')), unitSelect),
      h('label', {class: 'field'}, h('span', {}, t('common.year')), yearSelect),
      h('span', {class: 'spacer'}),
      h('button', {type: 'button', class: 'secondary', onclick: () => cy.fit(undefined, 30)}, t('graph.fit')),
      h('button', {type: 'button', class: 'secondary', id: 'graph-png', onclick: exportPng}, t('graph.png')),
      h('button', {type: 'button', class: 'secondary', id: 'graph-svg', onclick: exportSvg}, t('graph.svg'))),
    filters, message,
    h('div', {class: 'graph-area'}, canvas, panel),
    h('div', {class: 'graph-foot'}, status, legend));

  const cy = cytoscape({
    container: canvas,
    minZoom: 0.05, maxZoom: 4,
    style: style(),
  });
  // For debugging in the console and for the browser tests, which click nodes where they are drawn.
  window.yifaCy = cy;
  const expanded = new Set();
  let statuses = {};

  cy.on('tap', 'node', e => select(e.target, true));
  cy.on('mouseover', 'node', e => e.target.addClass('hover').data('hoverFont', Math.max(11, 13 / cy.zoom())));
  cy.on('mouseout', 'node', e => e.target.removeClass('hover'));
  filters.addEventListener('change', applyFilter);
  unitSelect.addEventListener('change', () => { unit = unitSelect.value; colour(); });
  yearSelect.addEventListener('change', colour);

  await restart(start);
  if (unit) await colour();

  async function restart(value) {
    if (!value) return;
    cy.elements().remove();
    expanded.clear();
    fill(message);
    const iri = await iriOf(value);
    if (!iri) {
      fill(message, h('p', {class: 'error', role: 'alert'}, t('graph.notFound', {q: value})));
      updateStatus();
      return;
    }
    replaceQuery({node: value, unit, year: yearSelect.value});
    await expand(iri, true);
    const first = cy.getElementById(iri);
    if (first.nonempty()) select(first, false);
  }

  async function iriOf(value) {
    if (/^https?:\/\//.test(value)) return value;
    try {
      return (await api.getJson(`/api/items/${encodeURIComponent(value)}`)).iri;
    } catch (e) {
      return null;
    }
  }

  async function expand(iri, first) {
    root.dataset.busy = 'true';
    let json;
    try {
      json = await api.getJson(`/api/ui/graph?${api.query({node: iri, year: yearSelect.value})}`);
    } catch (e) {
      fill(message, errorBox(e));
      root.dataset.busy = 'false';
      return;
    }
    expanded.add(iri);
    const centre = cy.getElementById(iri);
    const at = centre.nonempty() ? centre.position() : {x: 0, y: 0};
    const add = [];
    for (const n of [json.node, ...json.nodes]) {
      if (cy.getElementById(n.id).nonempty()) continue;
      add.push({group: 'nodes', data: nodeData(n),
        position: {x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80}});
    }
    for (const e of json.edges) {
      const id = `${e.source}|${e.label}|${e.target}`;
      if (cy.getElementById(id).empty()) add.push({group: 'edges', data: {id, source: e.source, target: e.target, label: e.label}});
    }
    cy.add(add);
    cy.getElementById(iri).addClass('expanded');
    applyStatuses();
    applyFilter();
    await layout(first);
    root.dataset.busy = 'false';
  }

  function layout(first) {
    cy.resize();
    return new Promise(resolve => {
      const l = cy.layout({
        name: 'fcose', quality: 'default', randomize: first, animate: !first, animationDuration: 400,
        fit: true, padding: 30, nodeRepulsion: () => 6000, idealEdgeLength: () => 70, nodeSeparation: 60,
        eles: shownElements(cy),
      });
      l.one('layoutstop', () => {
        if (first) cy.fit(shownElements(cy), 30);
        updateStatus();
        resolve();
      });
      l.run();
    });
  }

  function nodeData(n) {
    let label = lang() === 'en' && n.labelEn ? n.labelEn : (n.label || n.id);
    // A finding: the item and the outcome (shared by every unit that reached it; its units are its neighbours).
    if (n.kind === 'finding') label = `${n.notation} · ${t(`status.${n.status}`)}`;
    const short = label.length > 14 ? label.slice(0, 13) + '…' : label;
    return {id: n.id, kind: n.kind, label, short, text: n.text || '', notation: n.notation || '',
      status: n.status || '', versionDate: n.versionDate || ''};
  }

  function select(node, expandIt) {
    cy.elements().unselect();
    node.select();
    showPanel(node);
    if (expandIt && !expanded.has(node.id())) expand(node.id(), false).then(() => showPanel(node));
  }

  function showPanel(node) {
    const d = node.data();
    fill(panel,
      h('p', {class: 'muted'}, t('graph.selected'), ' · ', t(`graph.kind.${d.kind}`)),
      h('h2', {id: 'graph-selected'}, d.label),
      d.status ? statusChip(d.status) : null,
      statuses[d.notation] && d.kind === 'item' ? statusChip(statuses[d.notation]) : null,
      d.text ? h('p', {class: 'node-text'}, d.text) : null,
      d.versionDate ? h('p', {class: 'muted'}, t('provision.version', {date: d.versionDate})) : null,
      h('p', {},
        pageOf(d) ? h('a', {class: 'button secondary', href: pageOf(d)}, t('graph.open')) : null, ' ',
        expanded.has(d.id) ? null : h('button', {type: 'button', id: 'graph-expand',
          onclick: () => expand(d.id, false).then(() => showPanel(node))}, t('graph.expand'))),
      h('p', {class: 'iri'}, localDescription(d.id)
        ? h('a', {href: localDescription(d.id), title: t('common.rdf')}, d.id) : d.id));
  }

  function pageOf(d) {
    if (d.kind === 'item') return `#/item/${encodeURIComponent(d.notation)}`;
    if (d.kind === 'criterion') return `#/item/${encodeURIComponent(d.notation.replace(/-\d+$/, ''))}`;
    if (d.kind === 'finding') return `#/item/${encodeURIComponent(d.notation)}`;
    if (d.kind === 'provision') return provisionRoute(d.id);
    if (d.kind === 'unit') return `#/unit/${encodeURIComponent(d.id.replace(/^.*\/unit\//, ''))}?year=${yearSelect.value}`;
    return null;
  }

  function applyFilter() {
    const shown = new Set([...filters.querySelectorAll('input:checked')].map(i => i.value));
    cy.batch(() => cy.nodes().forEach(n => n.toggleClass('hidden', !shown.has(n.data('kind')))));
    updateStatus();
  }

  async function colour() {
    replaceQuery({node: startInput.value.trim(), unit, year: yearSelect.value});
    statuses = {};
    if (unit) {
      try {
        const a = await api.getJson(`/api/units/${encodeURIComponent(unit)}/assessment?year=${yearSelect.value}`);
        for (const f of a.findings) statuses[f.notation] = f.status;
        for (const v of a.vetoes) statuses[v.notation] = 'missed';
      } catch (e) {
        fill(message, errorBox(e));
      }
    }
    applyStatuses();
  }

  function applyStatuses() {
    cy.batch(() => cy.nodes('[kind = "item"]').forEach(n => {
      const s = statuses[n.data('notation')] || '';
      n.data('itemStatus', s);
    }));
    fill(legend, Object.keys(statuses).length ? Object.keys(STATUS_COLOURS).map(s => h('span', {class: 'legend-entry'},
      h('span', {class: 'swatch', style: `background:${STATUS_COLOURS[s]}`}), t(`status.${s}`))) : null);
    root.dataset.coloured = Object.keys(statuses).length ? 'true' : 'false';
  }

  function updateStatus() {
    const shown = shownElements(cy);
    const nodes = shown.nodes().length;
    const edges = shown.edges().length;
    status.textContent = t('graph.counts', {nodes, edges});
    root.dataset.nodes = String(cy.nodes().length);
  }

  function exportPng() {
    download(cy.png({output: 'blob', full: true, scale: 2, bg: '#ffffff'}), 'yifa-graph.png');
  }

  function exportSvg() {
    download(new Blob([toSvg(cy)], {type: 'image/svg+xml'}), 'yifa-graph.svg');
  }

  return {dispose: () => { cy.destroy(); if (window.yifaCy === cy) delete window.yifaCy; }};
}

/** The nodes not filtered out, and the edges between them. */
export function shownElements(cy) {
  const nodes = cy.nodes().not('.hidden');
  return nodes.union(nodes.edgesWith(nodes));
}

function style() {
  const rules = [
    {selector: 'node', style: {
      'label': 'data(short)', 'font-size': 10, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3,
      'color': '#222', 'text-outline-color': '#fff', 'text-outline-width': 2, 'border-width': 1, 'border-color': '#fff',
    }},
    {selector: 'edge', style: {
      'width': 1, 'line-color': '#b0b7c3', 'curve-style': 'straight', 'target-arrow-shape': 'triangle',
      'target-arrow-color': '#b0b7c3', 'arrow-scale': 0.6,
    }},
    {selector: 'node.hidden', style: {display: 'none'}},
    {selector: 'node.expanded', style: {'border-width': 3, 'border-color': '#333'}},
    {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#ffb300', 'label': 'data(label)', 'min-zoomed-font-size': 0,
      'z-index': 20}},
    {selector: 'node.hover', style: {'label': 'data(label)', 'font-size': 'data(hoverFont)', 'min-zoomed-font-size': 0,
      'z-index': 30, 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2}},
  ];
  for (const [kind, look] of Object.entries(LOOK)) {
    rules.splice(1, 0, {selector: `node[kind = "${kind}"]`, style: {
      'shape': look.shape, 'background-color': look.color, 'width': look.w, 'height': look.h}});
  }
  for (const [s, colour] of Object.entries(STATUS_COLOURS)) {
    rules.push({selector: `node[kind = "item"][itemStatus = "${s}"]`, style: {'background-color': colour}});
    rules.push({selector: `node[kind = "finding"][status = "${s}"]`, style: {'background-color': colour}});
  }
  return rules;
}

/** An SVG drawing of the visible graph, from the nodes' positions, shapes and colours as drawn. */
export function toSvg(cy) {
  const NS = 'http://www.w3.org/2000/svg';
  const el = (tag, attrs) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const visible = shownElements(cy);
  const bb = visible.boundingBox({includeLabels: true});
  const pad = 20;
  const svg = el('svg', {xmlns: NS, width: Math.ceil(bb.w + 2 * pad), height: Math.ceil(bb.h + 2 * pad),
    viewBox: `${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}`});
  svg.appendChild(el('rect', {x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad, fill: '#ffffff'}));
  const edges = el('g', {stroke: '#b0b7c3', 'stroke-width': 1});
  visible.edges().forEach(e => {
    const s = e.source().position();
    const d = e.target().position();
    edges.appendChild(el('line', {x1: s.x, y1: s.y, x2: d.x, y2: d.y}));
  });
  svg.appendChild(edges);
  const nodes = el('g', {'font-family': 'sans-serif', 'font-size': 10, 'text-anchor': 'middle'});
  visible.nodes().forEach(n => {
    const p = n.position();
    const w = n.width();
    const hh = n.height();
    const fill = n.style('background-color');
    const shape = n.style('shape');
    const g = el('g', {});
    const title = document.createElementNS(NS, 'title');
    title.textContent = n.data('label');
    g.appendChild(title);
    if (shape === 'ellipse') {
      g.appendChild(el('ellipse', {cx: p.x, cy: p.y, rx: w / 2, ry: hh / 2, fill}));
    } else if (shape === 'rectangle' || shape === 'round-rectangle' || shape === 'barrel') {
      g.appendChild(el('rect', {x: p.x - w / 2, y: p.y - hh / 2, width: w, height: hh, rx: shape === 'rectangle' ? 0 : 4, fill}));
    } else {
      g.appendChild(el('polygon', {points: polygon(shape, p, w, hh), fill}));
    }
    const label = el('text', {x: p.x, y: p.y + hh / 2 + 11, fill: '#222'});
    label.textContent = n.data('short');
    g.appendChild(label);
    nodes.appendChild(g);
  });
  svg.appendChild(nodes);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

function polygon(shape, p, w, h) {
  const corners = {diamond: 4, hexagon: 6, octagon: 8, star: 10}[shape] || 6;
  const pts = [];
  for (let i = 0; i < corners; i++) {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / corners + (shape === 'hexagon' || shape === 'octagon' ? Math.PI / corners : 0);
    const r = shape === 'star' && i % 2 === 1 ? 0.45 : 1;
    pts.push(`${(p.x + Math.cos(a) * r * w / 2).toFixed(1)},${(p.y + Math.sin(a) * r * h / 2).toFixed(1)}`);
  }
  return pts.join(' ');
}
