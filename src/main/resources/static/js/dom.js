// Building the page from data: every string becomes a text node, never HTML.

/** Creates an element: h('a', {href: '#/x', class: 'link'}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'href') el.setAttribute('href', safeHref(value));
    else if (key === 'value') el.value = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Links from data may only be our own routes or plain web addresses. */
export function safeHref(href) {
  const s = String(href);
  if (s.startsWith('#') || s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const url = new URL(s);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

/** Text with every occurrence of the terms (a string or a list) wrapped in <mark>, built from text nodes. */
export function highlighted(text, terms) {
  const list = (Array.isArray(terms) ? terms : [terms]).filter(Boolean).map(x => x.toLowerCase());
  if (!list.length) return [text];
  const parts = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    // The earliest next occurrence of any term, the longest where two start together.
    let at = -1;
    let len = 0;
    for (const term of list) {
      const i = lower.indexOf(term, from);
      if (i >= 0 && (at < 0 || i < at || (i === at && term.length > len))) {
        at = i;
        len = term.length;
      }
    }
    if (at < 0) break;
    if (at > from) parts.push(text.slice(from, at));
    parts.push(h('mark', {}, text.slice(at, at + len)));
    from = at + len;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/**
 * A search snippet — HTML-escaped text with the matched words in <em>…</em> — as text nodes and
 * <mark> elements. It is never parsed as HTML: the markers split it, the entities are decoded.
 */
export function snippet(escaped) {
  const decode = s => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return escaped.split(/(<em>|<\/em>)/).reduce((acc, piece) => {
    if (piece === '<em>') acc.inside = true;
    else if (piece === '</em>') acc.inside = false;
    else if (piece) acc.nodes.push(acc.inside ? h('mark', {}, decode(piece)) : decode(piece));
    return acc;
  }, {inside: false, nodes: []}).nodes;
}

export function spinner(label) {
  return h('p', {class: 'loading', role: 'status'}, label);
}

/** Downloads a Blob under a file name. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', {href: '#', download: name});
  a.href = url;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
