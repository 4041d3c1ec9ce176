// Tansiq map page. Everything that comes from the API is treated as untrusted text: popups and
// messages are built with DOM nodes and textContent, never by parsing strings as HTML.
/* global L */

/** The country the corpus is about: the initial view fits its places. */
const FOCUS_COUNTRY = 'IQ';

const DEFAULTS = Object.freeze({
  tileUrl: '',
  // The API supplies the exact wording; this only keeps the credit on screen if it is unreachable.
  attribution: "Places: GeoNames (CC BY 4.0), Who's On First (CC0 / CC BY 4.0) · Boundaries: OCHA COD-AB (CC BY 3.0 IGO)",
  tileAttribution: '© OpenStreetMap contributors',
  center: [35.5, 44.0],
  zoom: 7,
});

const CONFIG_URL = '/api/map/config';
const PLACES_URL = '/api/collections/places/items?limit=10000';

// The page is served at "/", and Leaflet's own CSS-based guess at this path is unreliable.
L.Icon.Default.imagePath = 'vendor/leaflet/images/';

const statusEl = document.getElementById('status');
const errorEl = document.getElementById('error');

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    node.setAttribute(key, value);
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

// Leaflet renders attribution strings as HTML, so they are escaped before being handed over.
function escapeHtml(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function isLatLon(value) {
  return Array.isArray(value) && value.length >= 2
    && Number.isFinite(value[0]) && Number.isFinite(value[1])
    && Math.abs(value[0]) <= 90 && Math.abs(value[1]) <= 180;
}

function normaliseConfig(raw) {
  const cfg = { ...DEFAULTS };
  if (!raw || typeof raw !== 'object') {
    return cfg;
  }
  if (typeof raw.tileUrl === 'string') cfg.tileUrl = raw.tileUrl.trim();
  if (typeof raw.attribution === 'string' && raw.attribution.trim()) cfg.attribution = raw.attribution;
  if (typeof raw.tileAttribution === 'string' && raw.tileAttribution) cfg.tileAttribution = raw.tileAttribution;
  if (isLatLon(raw.center)) cfg.center = [raw.center[0], raw.center[1]];
  if (Number.isInteger(raw.zoom) && raw.zoom >= 0 && raw.zoom <= 20) cfg.zoom = raw.zoom;
  return cfg;
}

async function fetchJson(url, accept) {
  const response = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

// A missing or broken config must not stop the map: the defaults describe the same region.
async function loadConfig() {
  try {
    return normaliseConfig(await fetchJson(CONFIG_URL, 'application/json'));
  } catch {
    return { ...DEFAULTS };
  }
}

// Never rejects, so starting it early cannot produce an unhandled rejection while the config loads.
async function loadPlaces() {
  try {
    const body = await fetchJson(PLACES_URL, 'application/geo+json, application/json');
    if (!body || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
      throw new Error('response is not a GeoJSON FeatureCollection');
    }
    return { features: body.features };
  } catch (error) {
    return { error };
  }
}

function createMap(cfg) {
  const map = L.map('map', { center: cfg.center, zoom: cfg.zoom, worldCopyJump: false });
  if (cfg.attribution) {
    map.attributionControl.addAttribution(escapeHtml(cfg.attribution));
  }
  // Offline deployments (and the tests) leave tileUrl empty: no basemap, and so no OSM credit.
  if (cfg.tileUrl) {
    L.tileLayer(cfg.tileUrl, {
      attribution: escapeHtml(cfg.tileAttribution),
      maxZoom: 19,
    }).addTo(map);
  }
  L.control.scale({ imperial: false }).addTo(map);
  return map;
}

function pointOf(feature) {
  const geometry = feature && feature.geometry;
  if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
    return null;
  }
  // GeoJSON is [lon, lat]; Leaflet wants [lat, lon].
  const [lon, lat] = geometry.coordinates;
  return isLatLon([lat, lon]) ? L.latLng(lat, lon) : null;
}

function text(value) {
  return typeof value === 'string' ? value.trim() : '';
}

function popupFor(props) {
  const name = text(props.name);
  const nameEn = text(props.nameEn);
  const mentions = Number.isFinite(props.mentions) ? props.mentions : 0;
  const articles = Array.isArray(props.articles) ? props.articles : [];

  const root = el('div', { class: 'place-popup' });
  if (name) {
    root.append(el('div', { class: 'place-name-ar', dir: 'rtl', lang: 'ar' }, name));
  }
  if (nameEn) {
    root.append(el('div', { class: 'place-name-en', dir: 'ltr', lang: 'en' }, nameEn));
  }

  const meta = el('div', { class: 'place-meta' });
  meta.append(
    el('span', { class: 'place-mentions-ar', dir: 'rtl', lang: 'ar' }, `عدد الإشارات: ${mentions}`),
    el('span', { class: 'place-mentions-en', dir: 'ltr', lang: 'en' }, `${mentions} ${mentions === 1 ? 'mention' : 'mentions'}`),
  );
  root.append(meta);

  if (articles.length > 0) {
    const ids = articles.map((id) => String(id)).join(', ');
    root.append(el('div', { class: 'place-articles', dir: 'ltr', lang: 'en' }, `Articles: ${ids}`));
  }
  return root;
}

function drawPlaces(map, features) {
  const layer = L.featureGroup();
  for (const feature of features) {
    const latLng = pointOf(feature);
    if (!latLng) continue;
    const props = (feature && feature.properties) || {};
    const name = text(props.name);
    const nameEn = text(props.nameEn);
    const marker = L.marker(latLng, {
      title: nameEn || name,
      alt: name || nameEn,
      keyboard: true,
    });
    // Built on open so thousands of places do not mean thousands of detached DOM trees up front.
    marker.bindPopup(() => popupFor(props), { maxWidth: 280 });
    layer.addLayer(marker);
  }
  layer.addTo(map);
  return layer;
}

function placesLabel(count) {
  // Arabic counts take different noun forms; Intl knows which rule applies to which number.
  const rule = new Intl.PluralRules('ar').select(count);
  const ar = {
    zero: 'لا أماكن',
    one: 'مكان واحد',
    two: 'مكانان',
    few: `${count} أماكن`,
    many: `${count} مكانًا`,
  }[rule] || `${count} مكان`;
  const en = `${count} ${count === 1 ? 'place' : 'places'}`;
  return { ar, en };
}

function setStatus(ar, en) {
  statusEl.replaceChildren(document.createTextNode(`${ar} · `), el('span', { lang: 'en', dir: 'ltr' }, en));
}

function showError(ar, en) {
  errorEl.replaceChildren(
    el('span', { lang: 'ar' }, ar),
    document.createTextNode(' — '),
    el('span', { lang: 'en', dir: 'ltr' }, en),
  );
  errorEl.hidden = false;
}

async function main() {
  const placesPromise = loadPlaces();
  const cfg = await loadConfig();
  const map = createMap(cfg);

  const result = await placesPromise;
  if (result.error) {
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    setStatus('تعذّر التحميل', 'Load failed');
    showError('تعذّر تحميل الأماكن', `Could not load places (${reason})`);
    document.body.dataset.placesError = reason;
    return;
  }

  const layer = drawPlaces(map, result.features);
  const count = layer.getLayers().length;
  // Articles also name Washington or Ankara; the view stays on Iraq, where the story is.
  const local = result.features.filter((f) => f.properties && f.properties.countryCode === FOCUS_COUNTRY);
  if (local.length > 0) {
    map.fitBounds(L.geoJSON({ type: 'FeatureCollection', features: local }).getBounds(),
      { padding: [48, 48], maxZoom: 11 });
  }
  const label = placesLabel(count);
  setStatus(label.ar, label.en);
  document.body.dataset.placesLoaded = String(count);
}

main().catch((error) => {
  // Only reached through a bug in this file or a missing Leaflet; still say so on the page.
  const reason = error instanceof Error ? error.message : String(error);
  setStatus('خطأ', 'Error');
  showError('تعذّر عرض الخريطة', `Could not show the map (${reason})`);
  document.body.dataset.placesError = reason;
});
