// The service's JSON API, with the few answers every page needs kept for the session.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) { /* not JSON */ }
  if (!response.ok) {
    throw new ApiError(response.status, messageOf(body) || `${response.status} ${response.statusText}`, body);
  }
  return body;
}

/** The message of an error answer, a problem detail (RFC 9457): its {message} member, else {detail} or {title}. */
export function messageOf(body) {
  if (!body || typeof body !== 'object') return null;
  return body.message || body.detail || body.title || null;
}

const cache = new Map();
function once(url) {
  if (!cache.has(url)) {
    const p = getJson(url);
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return cache.get(url);
}

/** Forgets a kept answer (e.g. the units after an import), so the next page asks again. */
export function forget(url) {
  cache.delete(url);
}

export const framework = () => once('/api/ui/framework');
export const labels = () => once('/api/ui/labels');
export const units = () => once('/api/units');
export const queryLibrary = () => once('/api/queries');
export const queryText = name => once(`/api/ui/queries/${encodeURIComponent(name)}`);
export const drift = () => once('/api/drift');
export const laws = () => once('/api/laws');

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  return q.toString();
}

/** The last full year, the year assessments default to. */
export function lastFullYear() {
  return new Date().getFullYear() - 1;
}

export function years() {
  const last = lastFullYear();
  return [last + 1, last, last - 1, last - 2, last - 3, last - 4];
}

/** Every item of the framework tree, flat, with its part and goal. */
export async function items() {
  const tree = await framework();
  const all = [];
  for (const area of tree) for (const goal of area.goals) for (const item of goal.items) all.push({...item, area, goal});
  return all;
}
