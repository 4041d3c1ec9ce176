// Talking to Tansiq's API. Same origin only; responses are checked for shape before use.

const GEOJSON = 'application/geo+json, application/json';

export class HttpError extends Error {
  constructor(status, detail) {
    super(detail ? `HTTP ${status}: ${detail}` : `HTTP ${status}`);
    this.status = status;
  }
}

async function problemDetail(response) {
  try {
    const body = await response.json();
    return typeof body.detail === 'string' ? body.detail : (typeof body.title === 'string' ? body.title : '');
  } catch {
    return '';
  }
}

export async function fetchJson(url, { accept = 'application/json', signal, method = 'GET', headers = {}, body } = {}) {
  const response = await fetch(url, {
    method, body, signal, credentials: 'same-origin', headers: { Accept: accept, ...headers },
  });
  if (!response.ok) throw new HttpError(response.status, await problemDetail(response));
  return response.json();
}

function itemsUrl(collection, params) {
  return `/api/collections/${encodeURIComponent(collection)}/items?${new URLSearchParams(params)}`;
}

/** One page of a collection's items: its features and the href of the next page, if any. */
export async function fetchPage(url, signal, collection = url) {
  const body = await fetchJson(url, { accept: GEOJSON, signal });
  if (!body || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new Error(`${collection}: not a GeoJSON FeatureCollection`);
  }
  const next = Array.isArray(body.links) ? body.links.find((l) => l && l.rel === 'next') : null;
  return { features: body.features, next: next && typeof next.href === 'string' && next.href.startsWith('/') ? next.href : null };
}

/** Every feature of a collection, following `next` links (the layers are small; the cap is generous). */
export async function fetchFeatures(collection, params, signal) {
  let url = itemsUrl(collection, { limit: '10000', ...params });
  const features = [];
  for (let page = 0; url && page < 20; page += 1) {
    const body = await fetchPage(url, signal, collection);
    features.push(...body.features);
    url = body.next;
  }
  return features;
}

/** The first `limit` features of a collection, and whether there are more (a `next` link). */
export async function fetchFirst(collection, params, limit, signal) {
  const page = await fetchPage(itemsUrl(collection, { ...params, limit: String(limit) }), signal, collection);
  return { features: page.features, more: page.next !== null };
}

/** One feature by id, with the collection's parameters (`datetime`, `simplify`). */
export function fetchFeature(collection, id, params = {}) {
  const query = new URLSearchParams(params).toString();
  return fetchJson(`/api/collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}${query ? `?${query}` : ''}`,
    { accept: GEOJSON });
}

/** Up to 50 events reported at a point: a box of `half` degrees either side of it. */
export async function fetchEventsAt(lon, lat, half) {
  const bbox = [lon - half, lat - half, lon + half, lat + half].map((v) => v.toFixed(6)).join(',');
  const page = await fetchPage(itemsUrl('events', { bbox, limit: '50' }), undefined, 'events');
  return page.features;
}

export async function fetchArticleList() {
  const list = await fetchJson('/api/articles?limit=10000');
  return Array.isArray(list) ? list : [];
}

const articleCache = new Map();

/** One article with its text and mentions, fetched once. */
export function fetchArticle(id) {
  const key = String(id);
  if (!articleCache.has(key)) {
    const promise = fetchJson(`/api/articles/${encodeURIComponent(key)}`);
    promise.catch(() => articleCache.delete(key));
    articleCache.set(key, promise);
  }
  return articleCache.get(key);
}

export function postArticle(token, article) {
  return fetchJson('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(article),
  });
}
