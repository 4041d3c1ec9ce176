// The page's state in the URL hash, so a link (or a reload) brings back the same view:
//   #map=ZOOM/LAT/LON&t=YYYY-MM-DD&layers=id,id&sel=LAYER/ID&article=ID&tab=NAME
// plus, for trying the tiles (and the tests), tileThreshold=N: layers with more than N features
// are drawn from vector tiles (default 3000, layers.js TILE_THRESHOLD).
// Everything read back is validated; anything malformed is ignored, never trusted.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export function readHash(hash, knownLayers, knownTabs) {
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const state = { view: null, time: null, layers: null, selection: null, article: null, tab: null, tileThreshold: null };
  const map = (params.get('map') || '').split('/').map(Number);
  if (map.length === 3 && map.every(Number.isFinite) && map[0] >= 0 && map[0] <= 20
      && Math.abs(map[1]) <= 90 && Math.abs(map[2]) <= 180) {
    state.view = { zoom: map[0], lat: map[1], lon: map[2] };
  }
  const t = params.get('t');
  if (t && DAY.test(t) && Number.isFinite(Date.parse(t))) state.time = t;
  if (params.has('layers')) {
    state.layers = new Set(params.get('layers').split(',').filter((id) => knownLayers.includes(id)));
  }
  const sel = (params.get('sel') || '').split('/');
  if (sel.length === 2 && knownLayers.includes(sel[0]) && ID.test(sel[1])) {
    state.selection = { layer: sel[0], id: sel[1] };
  }
  const article = params.get('article');
  if (article && /^\d{1,12}$/.test(article)) state.article = Number(article);
  const tab = params.get('tab');
  if (tab && knownTabs.includes(tab)) state.tab = tab;
  const threshold = params.get('tileThreshold');
  if (threshold && /^\d{1,5}$/.test(threshold) && Number(threshold) >= 1 && Number(threshold) <= 10000) {
    state.tileThreshold = Number(threshold);
  }
  return state;
}

export function formatHash(state) {
  const parts = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.time) parts.push(`t=${state.time}`);
  if (state.layers) parts.push(`layers=${[...state.layers].map(encodeURIComponent).join(',')}`);
  if (state.selection) parts.push(`sel=${encodeURIComponent(state.selection.layer)}/${encodeURIComponent(state.selection.id)}`);
  if (state.article !== null && state.article !== undefined) parts.push(`article=${state.article}`);
  if (state.tab) parts.push(`tab=${encodeURIComponent(state.tab)}`);
  if (state.tileThreshold) parts.push(`tileThreshold=${state.tileThreshold}`);
  return `#${parts.join('&')}`;
}
