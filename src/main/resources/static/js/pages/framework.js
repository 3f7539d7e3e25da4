// The framework browser: parts → goals → items, filtered as one types.
import {h, fill, highlighted, snippet, spinner} from '../dom.js';
import {t, partNumeral} from '../i18n.js';
import * as api from '../api.js';
import {replaceQuery} from '../app.js';
import {provisionRoute} from './common.js';

export async function render(root, route) {
  root.append(spinner(t('common.loading')));
  const tree = await api.framework();
  const goals = tree.reduce((n, a) => n + a.goals.length, 0);
  const itemCount = tree.reduce((n, a) => n + a.goals.reduce((m, g) => m + g.items.length, 0), 0);

  const input = h('input', {
    type: 'search', id: 'search', name: 'q', autocomplete: 'off',
    placeholder: t('framework.searchPlaceholder'), 'aria-label': t('framework.search'),
    value: route.query.get('q') || '',
  });
  const status = h('p', {class: 'muted', id: 'search-status', 'aria-live': 'polite'});
  const list = h('div', {class: 'tree', id: 'tree'});
  const lawHits = h('section', {class: 'card', id: 'law-hits', hidden: true});
  const expand = h('button', {type: 'button', class: 'link-button', onclick: () => openAll(true)}, t('framework.expandAll'));
  const collapse = h('button', {type: 'button', class: 'link-button', onclick: () => openAll(false)}, t('framework.collapseAll'));

  fill(root,
    h('h1', {}, t('framework.title')),
    h('p', {class: 'lead'}, t('framework.lead', {goals, items: itemCount})),
    h('form', {class: 'search', role: 'search', onsubmit: e => e.preventDefault()},
      h('label', {for: 'search', class: 'visually-hidden'}, t('framework.search')), input),
    h('div', {class: 'tree-tools'}, status, h('span', {class: 'spacer'}), expand, collapse),
    list, lawHits);

  function openAll(open) {
    list.querySelectorAll('details').forEach(d => { d.open = open; });
  }

  let drawing = 0;

  /** Items by the service's full-text search (GET /api/search), or by their text here when it has no answer. */
  async function draw() {
    const token = ++drawing;
    const q = input.value.trim();
    replaceQuery({q});
    const term = q.toLowerCase();
    // A number such as 7 or 7.4 finds items by their notation.
    const notation = /^\d+(\.\d*)?$/.test(q) ? q.replace(/\.$/, '') : null;
    let found = null;
    let words = term ? [q] : [];
    let laws = [];
    if (q && notation == null) {
      try {
        const [items, provisions] = await Promise.all([
          api.getJson(`/api/search?${api.query({q, kind: 'item', limit: 200})}`),
          api.getJson(`/api/search?${api.query({q, kind: 'provision', limit: 10})}`)]);
        found = new Set(items.hits.map(hit => hit.notation));
        words = items.words.length ? items.words : words;
        // Articles and paragraphs have pages; chapter and section headings do not.
        laws = provisions.hits.filter(hit => provisionRoute(hit.iri)).slice(0, 8);
      } catch (e) {
        found = null; // e.g. only stop words: filter the texts here instead
      }
    }
    if (token !== drawing) return;
    const matches = item => !term
      || (found ? found.has(item.notation) : item.text.toLowerCase().includes(term))
      || notation != null && (item.notation === notation || item.notation.startsWith(notation + '.'));
    drawLaws(q, laws);
    let shown = 0;
    const parts = [];
    for (const area of tree) {
      const goalsShown = [];
      for (const goal of area.goals) {
        const items = goal.items.filter(matches);
        shown += items.length;
        if (!items.length) continue;
        goalsShown.push(h('li', {class: 'goal'},
          h('div', {class: 'goal-title'}, goal.title),
          h('ol', {class: 'items'}, items.map(item => h('li', {class: `item kind-${item.kind}`},
            h('a', {href: `#/item/${encodeURIComponent(item.notation)}`, 'data-item': item.notation},
              h('span', {class: 'notation'}, item.notation),
              h('span', {class: 'text'}, highlighted(item.text, words))),
            item.kind === 'veto' ? h('span', {class: 'badge veto'}, t('kind.veto')) : null)))));
      }
      if (!goalsShown.length) continue;
      const count = goalsShown.reduce((n, g) => n + g.querySelectorAll('li.item').length, 0);
      parts.push(h('details', {class: 'area', open: Boolean(term) || tree.length <= 1, 'data-area': area.notation},
        h('summary', {},
          h('span', {class: 'area-number'}, partNumeral(area.notation)),
          h('span', {class: 'area-title'}, area.title),
          h('span', {class: 'count'}, t('common.items', {n: count}))),
        h('ol', {class: 'goals'}, goalsShown)));
    }
    fill(list, parts.length ? parts : h('p', {class: 'empty'}, t('framework.noMatch', {q})));
    status.textContent = term ? t('framework.matches', {n: shown, q}) : '';
    list.dataset.query = q;
  }

  function drawLaws(q, hits) {
    lawHits.hidden = !hits.length;
    fill(lawHits, hits.length ? [
      h('h2', {}, t('framework.lawHits', {q})),
      h('ol', {class: 'law-hits'}, hits.map(hit => h('li', {},
        h('a', {href: provisionRoute(hit.iri)}, hit.title || hit.law),
        h('div', {class: 'snippet'}, snippet(hit.snippet || '')))))] : []);
  }

  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(draw, 200);
  });
  draw();
  if (!route.query.get('q')) input.focus({preventScroll: true});
}
