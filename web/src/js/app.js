// Tansiq map page: wires the layers, the time control, the side panel (legend and filters,
// details, reader, add article) and the permalink together. Everything that comes from the API is
// untrusted text: it reaches the page through DOM nodes and textContent only (see dom.js).
/* global L */
import { bilingual, el, en, ar, foldForSearch, str } from './dom.js';
import { fetchArticleList, fetchArticle, fetchJson, postArticle } from './api.js';
import { LAYER_DEFS, LayerView, PANES, featureKey, pointLatLng } from './layers.js';
import { renderDetails } from './details.js';
import { Reader } from './reader.js';
import { TimeBar } from './timebar.js';
import { formatHash, readHash } from './permalink.js';
import { saveFile, toCsv, toGeoJson } from './download.js';
import { KINDS, STATUSES, UI } from './vocab.js';

const FOCUS_COUNTRY = 'IQ';
const TABS = ['layers', 'details', 'articles', 'add'];
const DEFAULTS = Object.freeze({
  tileUrl: '',
  // The API supplies the exact wording; this only keeps the credit on screen if it is unreachable.
  attribution: "Places: GeoNames (CC BY 4.0), Who's On First (CC0 / CC BY 4.0), world-countries (ODbL), Unicode CLDR, iso3166-2-db (MIT), countrystatecity (ODbL), OpenStreetMap (ODbL) · Boundaries: OCHA COD-AB (CC BY 3.0 IGO)",
  tileAttribution: '© OpenStreetMap contributors',
  center: [35.5, 44.0],
  zoom: 7,
});

L.Icon.Default.imagePath = 'vendor/leaflet/images/';

const $ = (id) => document.getElementById(id);
const state = {
  time: null,
  selection: null,
  article: null,
  tab: 'layers',
  statuses: new Set(Object.keys(STATUSES)),
  kinds: new Set(Object.keys(KINDS)),
  outlet: '',
  query: '',
  tileThreshold: null,
};
let map;
let timebar;
let reader;
let popup;
let articles = [];
let fittedOnce = false;
const views = new Map();

// ---- small helpers -------------------------------------------------------------------------

function escapeHtml(text) {
  // Leaflet renders attribution strings as HTML, so they are escaped before being handed over.
  return String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function setStatus(label) {
  $('status').replaceChildren(bilingual(label));
}

function showError(label) {
  const box = $('error');
  box.replaceChildren(bilingual(label));
  box.hidden = false;
}

function articleSummary(id) {
  return articles.find((a) => String(a.id) === String(id)) || null;
}

function placeById(id) {
  const places = views.get('places');
  return places ? places.find(id) : null;
}

function label(layerId) {
  return LAYER_DEFS.find((d) => d.id === layerId).label;
}

// ---- configuration and map ------------------------------------------------------------------

async function loadConfig() {
  try {
    const raw = await fetchJson('/api/map/config');
    const cfg = { ...DEFAULTS };
    if (typeof raw.tileUrl === 'string') cfg.tileUrl = raw.tileUrl.trim();
    if (typeof raw.attribution === 'string' && raw.attribution.trim()) cfg.attribution = raw.attribution;
    if (typeof raw.tileAttribution === 'string' && raw.tileAttribution) cfg.tileAttribution = raw.tileAttribution;
    if (Array.isArray(raw.center) && raw.center.length === 2 && raw.center.every(Number.isFinite)) cfg.center = raw.center;
    if (Number.isInteger(raw.zoom) && raw.zoom >= 0 && raw.zoom <= 20) cfg.zoom = raw.zoom;
    return cfg;
  } catch {
    // A missing config must not stop the map: the defaults describe the same region.
    return { ...DEFAULTS };
  }
}

function createMap(cfg, view) {
  const m = L.map('map', {
    center: view ? [view.lat, view.lon] : cfg.center,
    zoom: view ? view.zoom : cfg.zoom,
    maxZoom: 18,
    preferCanvas: false,
  });
  m.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>');
  m.attributionControl.addAttribution(escapeHtml(cfg.attribution));
  // Offline deployments (and the tests) leave tileUrl empty: no basemap, and so no OSM credit;
  // the governorates' outlines then stand in for the country's shape.
  if (cfg.tileUrl) {
    let warned = false;
    L.tileLayer(cfg.tileUrl, { attribution: escapeHtml(cfg.tileAttribution), maxZoom: 19 })
      .on('tileerror', () => {
        if (warned) return;
        warned = true;
        $('basemap-note').hidden = false;
      })
      .addTo(m);
  }
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(m);
  for (const [name, z] of PANES) m.createPane(name).style.zIndex = String(z);
  return m;
}

// ---- filters --------------------------------------------------------------------------------

function outletsOf(layerId, feature) {
  const p = feature.properties || {};
  const outlets = [];
  const add = (s) => s && outlets.push(str(s.outlet));
  if (Array.isArray(p.sources)) p.sources.forEach(add);
  add(p.source);
  if (layerId === 'places' && Array.isArray(p.articles)) {
    p.articles.forEach((id) => { const a = articleSummary(id); if (a) outlets.push(str(a.outlet)); });
  }
  return outlets;
}

function matchesQuery(feature) {
  if (!state.query) return true;
  const p = feature.properties || {};
  const q = foldForSearch(state.query);
  return [p.name, p.nameEn, ...(Array.isArray(p.surfaces) ? p.surfaces : [])]
    .some((name) => foldForSearch(name).includes(q));
}

/** Which features of a layer are drawn, given the filters and the date. */
function keepFor(layerId) {
  const time = state.time;
  const outletOk = (f) => !state.outlet || outletsOf(layerId, f).includes(state.outlet);
  switch (layerId) {
    case 'centres':
      return (f) => state.statuses.has(f.properties.status) && outletOk(f);
    case 'events':
      return (f) => state.kinds.has(f.properties.kind) && outletOk(f)
        && (!time || !f.properties.date || f.properties.date <= time);
    case 'gaps':
      return (f) => outletOk(f) && (!time || !f.properties.firstReport || f.properties.firstReport <= time);
    case 'places':
      return (f) => outletOk(f) && matchesQuery(f);
    default:
      return () => true;
  }
}

/** What a tiled layer's record (layers.js `tiles`) reads of the filters. */
function tileFilters() {
  return { kinds: state.kinds, statuses: state.statuses, time: state.time };
}

function redraw(layerId) {
  const view = views.get(layerId);
  if (!view.loaded) return;
  view.render(keepFor(layerId), tileFilters());
  updateLegendCount(layerId);
}

// ---- loading --------------------------------------------------------------------------------

function timedParams(view) {
  return view.def.timed && state.time ? { datetime: state.time } : {};
}

let pending = 0;
function loading(delta) {
  pending += delta;
  document.body.dataset.loading = String(pending);
}

let resolveMapReady;
const mapReady = new Promise((resolve) => { resolveMapReady = resolve; });

async function loadLayer(layerId) {
  const view = views.get(layerId);
  loading(1);
  try {
    const fresh = await view.load(timedParams(view));
    await mapReady;
    if (fresh) redraw(layerId);
    else if (view.error) updateLegendCount(layerId);
    return fresh;
  } finally {
    loading(-1);
  }
}

async function setTime(time) {
  state.time = time;
  const timed = [...views.values()].filter((v) => v.def.timed && (v.visible || v.loaded));
  await Promise.all([...timed.map((v) => loadLayer(v.def.id)), ...['events', 'gaps'].map(async (id) => redraw(id))]);
  if (state.time === time) {
    document.body.dataset.asOf = time;
    refreshSelection();
  }
  writeHash();
}

function corpusDates() {
  const dates = articles.map((a) => a.publishedAt);
  for (const f of views.get('centres').features) {
    (f.properties.statusHistory || []).forEach((h) => dates.push(h.date));
  }
  for (const f of views.get('events').features) dates.push(f.properties.date);
  return dates.filter((d) => typeof d === 'string');
}

function fitToCountry() {
  if (fittedOnce) return;
  const places = views.get('places').features
    .filter((f) => f.properties && f.properties.countryCode === FOCUS_COUNTRY);
  if (places.length === 0) return;
  fittedOnce = true;
  // Articles also name Washington or Ankara; the view stays on Iraq, where the story is.
  map.fitBounds(L.geoJSON({ type: 'FeatureCollection', features: places }).getBounds(), { padding: [40, 40], maxZoom: 10, animate: false });
}

// ---- legend, filters and download (the Layers tab) -------------------------------------------

function legendSub(kind, key, text, checked, onToggle) {
  const id = `${kind}-${key}`;
  const box = el('input', { type: 'checkbox', id, checked });
  box.addEventListener('change', () => onToggle(box.checked));
  return el('li', { class: 'tq-legend-sub' }, box,
    el('label', { for: id }, el('span', { class: `tq-swatch ${kind === 'status' ? 'tq-centre' : 'tq-event'} ${kind}-${key}`, 'aria-hidden': 'true' }),
      bilingual(text)));
}

function buildLegend() {
  const list = el('ul', { class: 'tq-legend', id: 'legend' });
  for (const def of LAYER_DEFS) {
    const view = views.get(def.id);
    const box = el('input', { type: 'checkbox', id: `layer-${def.id}`, checked: view.visible, 'data-layer': def.id });
    box.addEventListener('change', () => toggleLayer(def.id, box.checked));
    const item = el('li', { class: 'tq-legend-row', 'data-layer-row': def.id },
      box,
      el('label', { for: `layer-${def.id}` },
        el('span', { class: `tq-swatch sw-${def.id}`, 'aria-hidden': 'true' }), bilingual(def.label)),
      el('span', { class: 'tq-count', id: `count-${def.id}`, 'aria-live': 'polite' }, ''),
      def.tiles ? el('span', { class: 'tq-tiles-note', id: `tiles-${def.id}`, hidden: true },
        bilingual({ ar: 'مرسومة من مربعات متجهة', en: 'drawn as tiles' })) : null);
    if (def.id === 'centres') {
      item.append(el('ul', {}, Object.entries(STATUSES).map(([key, text]) => legendSub('status', key, text, true, (on) => {
        if (on) state.statuses.add(key); else state.statuses.delete(key);
        redraw('centres');
      }))));
    }
    if (def.id === 'events') {
      item.append(el('ul', {}, Object.entries(KINDS).map(([key, text]) => legendSub('kind', key, text, true, (on) => {
        if (on) state.kinds.add(key); else state.kinds.delete(key);
        redraw('events');
      }))));
    }
    list.append(item);
  }
  $('legend-box').replaceChildren(list);
}

function updateLegendCount(layerId) {
  const view = views.get(layerId);
  const node = $(`count-${layerId}`);
  if (!node) return;
  if (view.error) {
    node.textContent = '⚠';
    node.title = String(view.error.message || view.error);
    node.dataset.error = 'true';
    return;
  }
  delete node.dataset.error;
  const note = $(`tiles-${layerId}`);
  if (note) note.hidden = !view.tiled;
  if (view.tiled) {
    // Too many to hold as markers: drawn from vector tiles, and only a lower bound is known.
    node.textContent = `${view.tiled.atLeast}+`;
    node.title = `drawn as tiles: ${view.tiled.atLeast}+ features`;
    node.dataset.tiles = String(view.tiled.atLeast);
    node.dataset.count = '';
    updateDownloadChoices();
    return;
  }
  node.textContent = view.loaded ? String(view.shown.length) : '';
  node.dataset.count = view.loaded ? String(view.shown.length) : '';
  node.removeAttribute('title');
  delete node.dataset.tiles;
  updateDownloadChoices();
}

async function toggleLayer(layerId, on) {
  const view = views.get(layerId);
  view.setVisible(on);
  const box = $(`layer-${layerId}`);
  if (box) box.checked = on;
  writeHash();
  if (on && !view.loaded) await loadLayer(layerId);
}

function buildFilters() {
  const outlet = $('filter-outlet');
  outlet.addEventListener('change', () => {
    state.outlet = outlet.value;
    ['centres', 'events', 'gaps', 'places'].forEach(redraw);
    reader.setArticles(articles, state.outlet);
  });
  const search = $('filter-search');
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.query = search.value.trim();
      redraw('places');
      showSearchResults();
    }, 150);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const first = $('search-results').querySelector('button');
    if (first) first.click();
  });
}

function fillOutlets() {
  const outlets = [...new Set(articles.map((a) => str(a.outlet)).filter(Boolean))].sort();
  $('filter-outlet').replaceChildren(
    el('option', { value: '' }, `${UI.allOutlets.ar} · ${UI.allOutlets.en}`),
    ...outlets.map((o) => el('option', { value: o, selected: o === state.outlet }, o)));
}

function showSearchResults() {
  const box = $('search-results');
  if (!state.query) {
    box.replaceChildren();
    return;
  }
  const places = views.get('places').shown.slice(0, 12);
  box.replaceChildren(...places.map((f) => el('li', {}, el('button', { type: 'button', class: 'tq-link',
    onclick: () => selectById('places', featureKey(f), { fly: true }) },
  ar(str(f.properties.name)), ' ', en(str(f.properties.nameEn))))));
  if (places.length === 0) box.append(el('li', { class: 'tq-muted' }, bilingual({ ar: 'لا نتائج', en: 'No match' })));
}

function updateDownloadChoices() {
  const select = $('download-layer');
  const current = select.value;
  // A tiled layer is not held in the page, so it cannot be saved from it.
  const visible = LAYER_DEFS.filter((d) => views.get(d.id).visible && views.get(d.id).loaded && !views.get(d.id).tiled);
  select.replaceChildren(...visible.map((d) => el('option', { value: d.id, selected: d.id === current },
    `${d.label.ar} · ${d.label.en}`)));
  const def = LAYER_DEFS.find((d) => d.id === select.value);
  $('download-csv').disabled = !def || def.geometry !== 'point';
}

function buildDownload() {
  $('download-layer').addEventListener('change', updateDownloadChoices);
  const stamp = () => (state.time ? `-${state.time}` : '');
  $('download-geojson').addEventListener('click', () => {
    const view = views.get($('download-layer').value);
    if (!view) return;
    const meta = { asOf: view.def.timed ? state.time : undefined, attribution: $('attribution-text').textContent };
    saveFile(`tansiq-${view.def.id}${stamp()}.geojson`, 'application/geo+json', toGeoJson(view.def.id, view.shown, meta));
  });
  $('download-csv').addEventListener('click', () => {
    const view = views.get($('download-layer').value);
    if (!view || view.def.geometry !== 'point') return;
    saveFile(`tansiq-${view.def.id}${stamp()}.csv`, 'text/csv', toCsv(view.shown));
  });
}

// ---- tabs -----------------------------------------------------------------------------------

function showTab(name, { focus = false } = {}) {
  if (!TABS.includes(name)) return;
  state.tab = name;
  for (const tab of TABS) {
    const button = $(`tab-${tab}`);
    const selected = tab === name;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`panel-${tab}`).hidden = !selected;
  }
  if (focus) $(`tab-${name}`).focus();
  writeHash();
}

function buildTabs() {
  for (const tab of TABS) {
    $(`tab-${tab}`).addEventListener('click', () => showTab(tab));
    $(`tab-${tab}`).addEventListener('keydown', (e) => {
      // The tab list runs right to left: the right arrow goes to the previous tab.
      const step = { ArrowLeft: 1, ArrowRight: -1 }[e.key];
      if (!step) return;
      e.preventDefault();
      showTab(TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length], { focus: true });
    });
  }
  $('panel-toggle').addEventListener('click', () => {
    const collapsed = document.body.classList.toggle('panel-collapsed');
    $('panel-toggle').setAttribute('aria-expanded', String(!collapsed));
    setTimeout(() => map.invalidateSize(), 50);
  });
}

// ---- selection: popup and details ---------------------------------------------------------

const detailsCtx = {
  articleSummary,
  placeById,
  keep: (layerId) => keepFor(layerId),
  openArticle: (id, focus) => openArticle(id, focus),
  showDetails: () => showTab('details'),
};

async function select(layerId, feature, latLng, { tab = true, autoPan = !restoring } = {}) {
  state.selection = { layer: layerId, id: featureKey(feature) };
  writeHash();
  document.body.dataset.selected = `${layerId}/${featureKey(feature)}`;
  const box = el('div', { class: 'tq-details tq-popup-body' });
  if (latLng) {
    // A restored permalink keeps its view exactly, and a place the reader flew to stays in the
    // middle; a click on the map may pan it to fit the popup.
    popup.options.autoPan = autoPan;
    popup.setLatLng(latLng).setContent(box).openOn(map);
  }
  const panel = $('details');
  if (tab) showTab('details');
  await Promise.all([
    renderDetails(box, layerId, feature, label(layerId), detailsCtx, { compact: true }).then(() => popup.update()),
    renderDetails(panel, layerId, feature, label(layerId), detailsCtx),
  ]);
  if (state.selection && state.selection.id === featureKey(feature)) document.body.dataset.detailsReady = state.selection.id;
}

function selectById(layerId, id, { fly = false, tab = true, autoPan = !restoring } = {}) {
  const view = views.get(layerId);
  const feature = view && view.find(id);
  if (!feature) return false;
  const go = () => {
    const anchor = view.anchorOf(feature);
    select(layerId, feature, anchor, { tab, autoPan });
  };
  if (fly) {
    const point = pointLatLng(feature);
    if (point) map.setView(point, Math.max(map.getZoom(), 10));
    else if (view.byId.get(featureKey(feature))) map.fitBounds(view.byId.get(featureKey(feature)).getBounds());
  }
  view.reveal(feature, go);
  return true;
}

/** After the date changed: the selected centre's status may have changed too. */
function refreshSelection() {
  if (!state.selection) return;
  const view = views.get(state.selection.layer);
  if (!view.def.timed) return;
  const feature = view.find(state.selection.id);
  if (!feature) return;
  renderDetails($('details'), view.def.id, feature, view.def.label, detailsCtx);
  if (map.hasLayer(popup)) {
    const box = el('div', { class: 'tq-details tq-popup-body' });
    popup.setContent(box);
    renderDetails(box, view.def.id, feature, view.def.label, detailsCtx, { compact: true }).then(() => popup.update());
  }
}

function clearSelection() {
  state.selection = null;
  delete document.body.dataset.selected;
  $('details').replaceChildren(el('p', { class: 'tq-muted' }, bilingual(UI.noSelection)));
  writeHash();
}

// ---- reader -------------------------------------------------------------------------------

function openArticle(id, focus = null) {
  showTab('articles');
  reader.open(id, focus && Number.isInteger(focus.start) ? focus : null);
}

function flyToMention(mention) {
  const latLng = L.latLng(mention.lat, mention.lon);
  map.flyTo(latLng, Math.max(map.getZoom(), 10), { duration: 0.6 });
  map.once('moveend', () => {
    // An approximate mention (a name no gazetteer lists) is shown at its unit.
    const id = String(mention.approximate ? mention.unitId : mention.placeId);
    document.body.dataset.flownTo = id;
    if (views.get('places').visible && views.get('places').find(id)) selectById('places', id, { tab: false, autoPan: false });
  });
}

// ---- add article --------------------------------------------------------------------------

function buildAddForm() {
  const form = $('add-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = $('add-result');
    const data = new FormData(form);
    const value = (name) => str(data.get(name));
    const article = { title: value('title'), text: String(data.get('text') || ''), language: value('language') || 'ar' };
    for (const key of ['outlet', 'url', 'publishedAt']) if (value(key)) article[key] = value(key);
    out.replaceChildren(bilingual({ ar: 'جارٍ الإرسال…', en: 'Sending…' }));
    let result;
    try {
      result = await postArticle(value('token'), article);
    } catch (error) {
      const auth = error.status === 401 || error.status === 403;
      out.replaceChildren(el('span', { class: 'tq-error', role: 'alert' }, bilingual(auth
        ? { ar: 'رمز الكتابة غير صحيح', en: 'The write token was refused' }
        : { ar: 'تعذّر حفظ المقال', en: `Could not store the article (${error.message})` })));
      return;
    }
    await refreshAfterIngest();
    const stored = await fetchArticle(result.articleId).catch(() => null);
    const places = stored ? [...new Map(stored.mentions.filter((m) => m.placeId !== null)
      .map((m) => [m.placeId, m])).values()] : [];
    out.replaceChildren(
      el('p', { role: 'status' }, bilingual(result.created
        ? { ar: `حُفظ المقال (${result.mentions} إشارة)`, en: `Stored (${result.mentions} mentions)` }
        : { ar: 'المقال محفوظ من قبل', en: 'Already stored' })),
      el('ul', { class: 'tq-new-places' }, places.map((m) => el('li', {}, el('button', { type: 'button', class: 'tq-link',
        onclick: () => flyToMention(m) }, ar(str(m.name)), ' ', en(str(m.nameEn)))))),
      el('button', { type: 'button', class: 'tq-link', 'data-article': result.articleId,
        onclick: () => openArticle(result.articleId) }, bilingual(UI.openArticle)));
    document.body.dataset.addedArticle = String(result.articleId);
    const points = places.filter((m) => Number.isFinite(m.lat)).map((m) => [m.lat, m.lon]);
    if (points.length) map.fitBounds(points, { padding: [60, 60], maxZoom: 10 });
  });
}

async function refreshAfterIngest() {
  articles = await fetchArticleList().catch(() => articles);
  fillOutlets();
  reader.setArticles(articles, state.outlet);
  await Promise.all([...views.values()].filter((v) => v.loaded && ['places', 'events', 'centres', 'gaps', 'uncovered']
    .includes(v.def.id)).map((v) => loadLayer(v.def.id)));
}

// ---- permalink ----------------------------------------------------------------------------

let restoring = true;
function writeHash() {
  if (restoring || !map) return;
  const center = map.getCenter();
  const hash = formatHash({
    view: { zoom: map.getZoom(), lat: center.lat, lon: center.lng },
    time: timebar && !timebar.atEnd ? state.time : null,
    layers: new Set(LAYER_DEFS.filter((d) => views.get(d.id).visible).map((d) => d.id)),
    selection: state.selection,
    article: reader && reader.openId !== null ? reader.openId : null,
    tab: state.tab,
    tileThreshold: state.tileThreshold,
  });
  if (hash !== window.location.hash) history.replaceState(null, '', hash);
}

async function applyHash(hashState) {
  if (hashState.view) map.setView([hashState.view.lat, hashState.view.lon], hashState.view.zoom, { animate: false });
  if (hashState.layers) {
    await Promise.all(LAYER_DEFS.map((d) => toggleLayer(d.id, hashState.layers.has(d.id))));
  }
  if (hashState.time && hashState.time !== state.time) {
    timebar.set(Date.parse(`${hashState.time}T00:00:00Z`), 'init');
    await setTime(timebar.value);
  }
  if (hashState.tab) showTab(hashState.tab);
  if (hashState.article !== null) {
    await reader.open(hashState.article);
    if (hashState.tab) showTab(hashState.tab);
  }
  if (hashState.selection) selectById(hashState.selection.layer, hashState.selection.id, { tab: !hashState.tab });
}

// ---- start --------------------------------------------------------------------------------

async function main() {
  const initial = readHash(window.location.hash, LAYER_DEFS.map((d) => d.id), TABS);
  state.time = initial.time;
  state.tileThreshold = initial.tileThreshold;
  for (const def of LAYER_DEFS) {
    const view = new LayerView(def, null, (layerId, feature, latLng) => select(layerId, feature, latLng));
    if (state.tileThreshold) view.threshold = state.tileThreshold;
    view.visible = initial.layers ? initial.layers.has(def.id) : def.on;
    views.set(def.id, view);
  }
  // Everything is asked for at once: the layers do not wait for the configuration or the map.
  const visible = LAYER_DEFS.filter((d) => views.get(d.id).visible).map((d) => d.id);
  // Centres are always fetched: their status history gives the time control its dates.
  const toLoad = [...new Set([...visible, 'centres'])];
  const layersLoaded = Promise.all(toLoad.map((id) => loadLayer(id)));
  const articlesPromise = fetchArticleList().catch(() => []);
  const cfg = await loadConfig();
  performance.mark('tansiq:config');
  $('attribution-text').textContent = cfg.attribution;
  map = createMap(cfg, initial.view);
  if (initial.view) fittedOnce = true;
  popup = L.popup({ maxWidth: 340, minWidth: 220, className: 'tq-popup', autoPanPadding: [30, 30] });
  views.forEach((view) => { view.map = map; });
  resolveMapReady();

  reader = new Reader($('reader'), {
    onPlace: flyToMention,
    onOpen: (id) => { state.article = id; writeHash(); },
  });
  buildTabs();
  buildLegend();
  buildFilters();
  buildDownload();
  buildAddForm();
  clearSelection();
  timebar = new TimeBar($('timebar'), (time) => setTime(time));

  articles = await articlesPromise;
  performance.mark('tansiq:articles');
  fillOutlets();
  reader.setArticles(articles);

  await layersLoaded;
  performance.mark('tansiq:layers');
  timebar.setRange(corpusDates(), initial.time);
  state.time = timebar.value;
  if (!initial.time) {
    // The first load asked for "today"; the control's end is the same state, but say it.
    document.body.dataset.asOf = state.time;
  } else {
    document.body.dataset.asOf = initial.time;
  }
  if (views.get('places').loaded) fitToCountry();

  const failed = toLoad.filter((id) => views.get(id).error);
  if (failed.length) {
    showError({ ar: 'تعذّر تحميل بعض الطبقات', en: `Could not load: ${failed.join(', ')}` });
    document.body.dataset.layersError = failed.join(',');
  }
  const drawn = visible.reduce((n, id) => n + (views.get(id).tiled ? views.get(id).tiled.atLeast : views.get(id).shown.length), 0);
  setStatus({ ar: `${drawn} معلمًا على الخريطة`, en: `${drawn} features on the map` });

  if (initial.tab || initial.article !== null || initial.selection) {
    await applyHash({ ...initial, view: null, layers: null, time: null });
  }
  restoring = false;
  map.on('moveend', writeHash);
  map.on('popupclose', () => {
    if (state.selection) {
      state.selection = null;
      delete document.body.dataset.selected;
      writeHash();
    }
  });
  window.addEventListener('hashchange', () => {
    const next = readHash(window.location.hash, LAYER_DEFS.map((d) => d.id), TABS);
    restoring = true;
    applyHash(next).finally(() => { restoring = false; });
  });
  writeHash();
  // A chunked layer that never reports completion must not leave the page "loading" for ever.
  await Promise.race([Promise.all(visible.map((id) => views.get(id).drawn)), new Promise((r) => setTimeout(r, 10000))]);
  // Milliseconds from navigation start to every visible layer drawn: what the benchmark reads.
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

// For the browser tests and the benchmark: read-only views of what is drawn, and a way to draw
// synthetic events without storing them.
window.tansiqMap = Object.freeze({
  names: (layerId) => views.get(layerId).shown.map((f) => str(f.properties.nameEn) || str(f.properties.name) || featureKey(f)),
  count: (layerId) => views.get(layerId).shown.length,
  /** A tiled layer's lower bound of features (null when drawn as markers or polygons). */
  tiled: (layerId) => (views.get(layerId).tiled ? views.get(layerId).tiled.atLeast : null),
  tileFeatures: (layerId) => views.get(layerId).tileFeatureCount(),
  coordinates(layerId, id) {
    const feature = views.get(layerId).find(id);
    const point = feature && pointLatLng(feature);
    return point ? [point.lat, point.lng] : null;
  },
  renderMs: (layerId) => views.get(layerId).renderMs,
  /** Draws `features` as the events layer; resolves with the milliseconds until all are on the map. */
  drawEvents(features) {
    const view = views.get('events');
    view.features = features;
    view.tiled = null;
    view.loaded = true;
    view.visible = true;
    redraw('events');
    return view.drawn;
  },
  map: () => map,
});

main().catch((error) => {
  const reason = error instanceof Error ? error.message : String(error);
  setStatus({ ar: 'خطأ', en: 'Error' });
  showError({ ar: 'تعذّر عرض الخريطة', en: `Could not show the map (${reason})` });
  document.body.dataset.layersError = reason;
});

