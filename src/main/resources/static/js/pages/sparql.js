// The SPARQL workbench: YASGUI on /sparql, with the query library to open as tabs.
import {h, fill, spinner} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import * as scripts from '../scripts.js';
import {errorBox} from './common.js';

export async function render(root, route) {
  root.append(spinner(t('common.loading')));
  const [Yasgui, library] = await Promise.all([scripts.yasgui(), api.queryLibrary()]);

  const picker = h('select', {id: 'query-picker', 'aria-label': t('sparql.library')},
    h('option', {value: ''}, t('sparql.pick')),
    library.map(q => h('option', {value: q.name, title: q.question}, `${q.title} (${q.name})`)));
  const about = h('div', {class: 'query-about', id: 'query-about', 'aria-live': 'polite'});
  const container = h('div', {id: 'yasgui'});
  fill(root,
    h('h1', {}, t('sparql.title')),
    h('p', {class: 'lead'}, t('sparql.lead')),
    h('form', {class: 'toolbar', onsubmit: e => { e.preventDefault(); open(picker.value).catch(err => fill(about, errorBox(err))); }},
      h('label', {class: 'field grow'}, h('span', {}, t('sparql.library')), picker),
      h('button', {type: 'submit', id: 'query-open'}, t('sparql.open'))),
    about, container);

  // Nothing is fetched from outside: no prefix.cc or LOV autocompletion (set on the defaults, since a
  // tab's options are merged into them index by index), and no share links in the URL hash, which is
  // this app's router.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  const yasgui = new Yasgui(container, {
    requestConfig: {endpoint: `${location.origin}/sparql`, method: 'POST'},
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {getData: () => [{endpoint: `${location.origin}/sparql`}]},
    persistenceId: 'yifa-yasgui',
    populateFromUrl: false,
    yasqe: {consumeShareLink: null, createShareableLink: null},
  });
  picker.addEventListener('change', () => describe(picker.value));

  function describe(name) {
    const q = library.find(x => x.name === name);
    fill(about, q ? [h('p', {}, h('strong', {}, q.title), ' — ', q.question),
      q.parameters.length ? h('div', {class: 'note'}, t('sparql.parameters'),
        h('ul', {}, q.parameters.map(p => h('li', {}, h('code', {}, `?${p.name}`), ` (${p.type}) ${p.description}`)))) : null] : []);
  }

  async function open(name) {
    if (!library.some(x => x.name === name)) return;
    describe(name);
    const q = await api.queryText(name);
    // One tab per library query: opening it again selects its tab (tabs persist in localStorage).
    const config = yasgui.persistentConfig;
    const existing = config.getTabs().find(id => (config.getTab(id) || {}).name === q.title);
    let tab;
    if (existing) {
      yasgui.selectTabId(existing);
      tab = yasgui.getTab(existing);
      tab.setQuery(q.text);
    } else {
      tab = yasgui.addTab(true, {name: q.title, yasqe: {value: q.text},
        requestConfig: {endpoint: `${location.origin}/sparql`, method: 'POST'}});
      const yasqe = tab.getYasqe && tab.getYasqe();
      if (yasqe && yasqe.getValue() !== q.text) yasqe.setValue(q.text);
    }
    if (!q.parameters.length) tab.query();
  }

  return {dispose: () => { try { yasgui.destroy && yasgui.destroy(); } catch (e) { /* already gone */ } }};
}
