// Loads the browser libraries (WebJars) only on the pages that need them, each once.
const loaded = new Map();

export function script(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const el = document.createElement('script');
      el.src = src;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`Cannot load ${src}`));
      document.head.appendChild(el);
    }));
  }
  return loaded.get(src);
}

export function stylesheet(href) {
  if (!document.querySelector(`link[data-href="${href}"]`)) {
    const el = document.createElement('link');
    el.rel = 'stylesheet';
    el.href = href;
    el.dataset.href = href;
    document.head.appendChild(el);
  }
}

/** Cytoscape with the fcose layout (which needs layout-base and cose-base before it). */
export async function cytoscape() {
  await script('/webjars/cytoscape/dist/cytoscape.min.js');
  await script('/webjars/layout-base/layout-base.js');
  await script('/webjars/cose-base/cose-base.js');
  await script('/webjars/cytoscape-fcose/cytoscape-fcose.js');
  return window.cytoscape;
}

export async function yasgui() {
  stylesheet('/webjars/zazuko__yasgui/build/yasgui.min.css');
  await script('/webjars/zazuko__yasgui/build/yasgui.min.js');
  return window.Yasgui;
}
