// The single-page shell: hash routes (#/framework, #/item/7.4, …), the navigation and the language switch.
import {h, fill} from './dom.js';
import {t, lang, setLang} from './i18n.js';

const PAGES = {
  framework: () => import('./pages/framework.js'),
  item: () => import('./pages/item.js'),
  provision: () => import('./pages/provision.js'),
  impact: () => import('./pages/impact.js'),
  graph: () => import('./pages/graph.js'),
  unit: () => import('./pages/unit.js'),
  gaps: () => import('./pages/gaps.js'),
  sparql: () => import('./pages/sparql.js'),
  upload: () => import('./pages/upload.js'),
  units: () => import('./pages/units.js'),
  progress: () => import('./pages/progress.js'),
  plan: () => import('./pages/plan.js'),
};
const NAV = ['framework', 'graph', 'unit', 'gaps', 'sparql', 'upload', 'units'];
const NAV_OF = {item: 'framework', provision: 'framework', progress: 'unit', plan: 'unit'};

const view = document.getElementById('view');
let current = null;
let rendering = 0;

/** '#/item/7.4?year=2025' → {page: 'item', path: ['7.4'], query: URLSearchParams}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, search] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const page = PAGES[parts[0]] ? parts[0] : 'framework';
  return {page, path: parts.slice(1), query: new URLSearchParams(search || '')};
}

/** Changes the query of the current route without rendering again (for state such as a search term). */
export function replaceQuery(params) {
  const route = parseHash(location.hash);
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const path = ['#', route.page, ...route.path.map(encodeURIComponent)].join('/');
  const s = q.toString();
  history.replaceState(null, '', s ? `${path}?${s}` : path);
}

function renderNav(active) {
  const nav = document.getElementById('nav');
  fill(nav, NAV.map(name => h('a', {
    href: `#/${name}`, class: name === active ? 'active' : null,
    'aria-current': name === active ? 'page' : null, 'data-nav': name,
  }, t(`nav.${name}`))));
  document.getElementById('brand').textContent = t('app.brand');
  const button = document.getElementById('lang');
  button.querySelector('.long').textContent = t('lang.switch');
  button.querySelector('.short').textContent = t('lang.short');
  button.title = t('lang.switchTitle');
  document.title = t('app.title');
}

async function render() {
  const token = ++rendering;
  const route = parseHash(location.hash);
  renderNav(NAV_OF[route.page] || route.page);
  if (current && current.dispose) current.dispose();
  current = null;
  const module = await PAGES[route.page]();
  if (token !== rendering) return;
  // Each page draws into its own element: one left behind by navigation draws into a detached node.
  const root = h('div', {class: `page page-${route.page}`});
  fill(view, root);
  view.dataset.page = route.page;
  try {
    current = (await module.render(root, route)) || null;
  } catch (e) {
    if (token !== rendering) return;
    fill(root, h('p', {class: 'error', role: 'alert'}, t('common.error', {message: e.message})));
  }
}

document.getElementById('lang').addEventListener('click', () => {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  render();
});
window.addEventListener('hashchange', render);
setLang(lang());
render();
