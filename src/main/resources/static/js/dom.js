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

/** Text with every occurrence of a term wrapped in <mark>, built from text nodes. */
export function highlighted(text, term) {
  if (!term) return [text];
  const parts = [];
  const lower = text.toLowerCase();
  const t = term.toLowerCase();
  let from = 0;
  for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, from)) {
    if (i > from) parts.push(text.slice(from, i));
    parts.push(h('mark', {}, text.slice(i, i + t.length)));
    from = i + t.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
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
