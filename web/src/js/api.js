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

/** Every feature of a collection, following `next` links (the layers are small; the cap is generous). */
export async function fetchFeatures(collection, params, signal) {
  const query = new URLSearchParams({ limit: '10000', ...params });
  let url = `/api/collections/${encodeURIComponent(collection)}/items?${query}`;
  const features = [];
  for (let page = 0; url && page < 20; page += 1) {
    const body = await fetchJson(url, { accept: GEOJSON, signal });
    if (!body || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
      throw new Error(`${collection}: not a GeoJSON FeatureCollection`);
    }
    features.push(...body.features);
    const next = Array.isArray(body.links) ? body.links.find((l) => l && l.rel === 'next') : null;
    url = next && typeof next.href === 'string' && next.href.startsWith('/') ? next.href : null;
  }
  return features;
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
