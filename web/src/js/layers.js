// The map's layers: what each one asks the API for and how it draws. A LayerView holds a layer's
// features as the API sent them and redraws the ones a filter keeps; colours are in app.css
// (tq-* classes), so the legend swatches and the map cannot disagree.
/* global L */
import { str } from './dom.js';
import { fetchFeature, fetchFeatures, fetchFirst } from './api.js';
import { KINDS, STATUSES } from './vocab.js';
import { drawnFeatures, tileUrl, vectorTileLayer } from './tiles.js';

/** Drawing order bottom to top: panes keep reference outlines under the news layers whatever loads first. */
export const PANES = [['pane-admin', 350], ['pane-reference', 360], ['pane-uncovered', 370], ['pane-gaps', 380],
  ['pane-tiled', 450]];

/**
 * A layer with more features than this (its items endpoint gives a `next` link for a page of this
 * many) is drawn from vector tiles. `#tileThreshold=N` in the URL lowers it (see app.js).
 */
export const TILE_THRESHOLD = 3000;

/** The one value of a filter that keeps exactly one (sent to the tiles), else null. */
function single(selected) {
  return selected.size === 1 ? [...selected][0] : null;
}

/** "attack:3,operation:2" (an events tile's `kinds`) as [['attack', 3], ['operation', 2]]. */
export function kindCounts(kinds) {
  return String(kinds || '').split(',').map((pair) => pair.split(':'))
    .filter(([kind, n]) => kind && Number.isFinite(Number(n))).map(([kind, n]) => [kind, Number(n)]);
}

function pointRadius(count, min, max) {
  const n = Number.isFinite(count) ? Math.max(1, count) : 1;
  return Math.round(Math.min(max, min + 1.6 * Math.sqrt(n)));
}

// The tile behaviour of each layer that can be drawn from tiles. `query(filters)` gives the tile
// URL's filter parameters: a filter keeping one value goes to the server (exact counts); a filter
// keeping several is applied here, in `style`, which returns null for a feature it hides.
// `filterKey` says which filters restyle the tiles. `aggregated`: a tile feature stands for many
// items (events: one point per place), so details are fetched for its place rather than by id.
// `filters` = { kinds: Set, statuses: Set, time: 'YYYY-MM-DD' | null }.
const EVENT_TILES = {
  query: (f) => ({ kind: single(f.kinds) }),
  filterKey: (f) => [...f.kinds].sort().join(),
  aggregated: true,
  style(p, zoom, f) {
    const counts = kindCounts(p.kinds).filter(([kind]) => f.kinds.has(kind));
    const total = counts.reduce((n, [, c]) => n + c, 0);
    if (total === 0) return null;
    const [top] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
    return { className: `tq-tile tq-tile-events kind-${top in KINDS ? top : 'unknown'}`, radius: pointRadius(total, 5, 14),
      fill: true, weight: 1.5 };
  },
};
const PLACE_TILES = {
  query: () => ({}),
  filterKey: () => '',
  style: (p) => ({ className: 'tq-tile tq-tile-places', radius: pointRadius(p.mentions, 4, 18), fill: true, weight: 1.5 }),
};
const CENTRE_TILES = {
  query: (f) => ({ status: single(f.statuses) }),
  filterKey: (f) => [...f.statuses].sort().join(),
  style(p, zoom, f) {
    if (!f.statuses.has(p.status)) return null;
    const status = p.status in STATUSES ? p.status : 'none';
    return { className: `tq-tile tq-tile-centres status-${status}`, radius: 8, fill: true, weight: 3 };
  },
};
const GAP_TILES = {
  query: () => ({}),
  filterKey: (f) => f.time || '',
  style(p, zoom, f) {
    if (f.time && p.firstReport && p.firstReport > f.time) return null;
    return { className: `tq-poly tq-gaps${p.id === 'disputed-territories' ? ' general' : ''}`, fill: true, weight: 2 };
  },
};

export const LAYER_DEFS = [
  {
    id: 'centres', collection: 'coordination-centres', geometry: 'point', timed: true, on: true,
    tiles: { ...CENTRE_TILES, pane: 'pane-tiled' },
    label: { ar: 'مراكز التنسيق', en: 'Coordination centres' },
  },
  {
    id: 'events', collection: 'events', geometry: 'point', on: true, clustered: true,
    tiles: { ...EVENT_TILES, pane: 'pane-tiled' },
    label: { ar: 'الأحداث', en: 'Events' },
  },
  {
    id: 'places', collection: 'places', geometry: 'point', on: true, clustered: true,
    tiles: { ...PLACE_TILES, pane: 'pane-tiled' },
    label: { ar: 'الأماكن المذكورة', en: 'Places mentioned' },
  },
  {
    id: 'gaps', collection: 'security-gaps', geometry: 'polygon', on: true, pane: 'pane-gaps',
    tiles: { ...GAP_TILES, pane: 'pane-gaps' },
    params: { simplify: '0.002' }, label: { ar: 'الفراغات الأمنية', en: 'Security gaps' },
  },
  {
    id: 'uncovered', collection: 'uncovered-areas', geometry: 'polygon', timed: true, on: true,
    pane: 'pane-uncovered', params: { simplify: '0.005' },
    label: { ar: 'مناطق بلا مركز تنسيق', en: 'Areas no centre covers' },
  },
  {
    id: 'disputed', collection: 'disputed-territories', geometry: 'polygon', on: true, pane: 'pane-reference',
    params: { simplify: '0.005' }, label: { ar: 'المناطق المتنازع عليها (تقريبية)', en: 'Disputed territories (approx.)' },
  },
  {
    id: 'kurdistan', collection: 'kurdistan-region', geometry: 'polygon', on: false, pane: 'pane-reference',
    params: { simplify: '0.01' }, label: { ar: 'إقليم كوردستان', en: 'Kurdistan Region' },
  },
  {
    id: 'governorates', collection: 'admin-areas', geometry: 'polygon', on: true, pane: 'pane-admin',
    params: { level: '1', simplify: '0.01' }, label: { ar: 'المحافظات', en: 'Governorates' },
  },
  {
    id: 'districts', collection: 'admin-areas', geometry: 'polygon', on: false, pane: 'pane-admin',
    params: { level: '2', simplify: '0.005' }, label: { ar: 'الأقضية', en: 'Districts' },
  },
];

export function featureKey(feature) {
  return feature && feature.id !== undefined && feature.id !== null ? String(feature.id) : '';
}

export function pointLatLng(feature) {
  const g = feature && feature.geometry;
  if (!g || g.type !== 'Point' || !Array.isArray(g.coordinates)) return null;
  const [lon, lat] = g.coordinates;
  return Number.isFinite(lat) && Number.isFinite(lon) ? L.latLng(lat, lon) : null;
}

/** Place sizes grow with the square root of mentions, so one city does not swamp the map. */
function placeSize(mentions) {
  const m = Number.isFinite(mentions) ? Math.max(1, mentions) : 1;
  return Math.round(Math.min(46, 12 + 5 * Math.sqrt(m)));
}

function iconFor(def, props) {
  if (def.id === 'centres') {
    return L.divIcon({ className: `tq-centre status-${str(props.status) || 'none'}`, iconSize: [24, 24] });
  }
  if (def.id === 'events') {
    return L.divIcon({ className: `tq-event kind-${str(props.kind)}`, iconSize: [16, 16] });
  }
  const size = placeSize(props.mentions);
  return L.divIcon({ className: 'tq-place', iconSize: [size, size] });
}

function titleFor(def, props) {
  const name = str(props.nameEn) || str(props.name);
  return name;
}

/** Polygon layers whose areas take the keyboard focus. */
const KEYBOARD_AREAS = new Set(['gaps', 'uncovered', 'disputed', 'kurdistan']);

function polygonClass(layerId, feature) {
  const p = feature.properties || {};
  const classes = ['tq-poly', `tq-${layerId}`];
  if (p.tier) classes.push(`tier-${p.tier}`);
  // A gap report that names no place covers the whole disputed territories: drawn faintly, so it
  // does not hide the gaps that are placed.
  if (layerId === 'gaps' && !p.pcode) classes.push('general');
  return classes.join(' ');
}

/** Cluster icons: a count in a disc (places) or a rounded square (events); the count is a number. */
function clusterIcon(layerId) {
  return (cluster) => {
    const n = cluster.getChildCount();
    const size = n < 10 ? 28 : n < 100 ? 34 : 42;
    const label = document.createElement('span');
    label.textContent = String(n);
    return L.divIcon({ html: label, className: `tq-cluster tq-cluster-${layerId}`, iconSize: [size, size] });
  };
}

export class LayerView {
  constructor(def, map, onSelect) {
    this.def = def;
    this.map = map;
    this.onSelect = onSelect;
    this.features = [];
    this.shown = [];
    this.byId = new Map();
    this.visible = false;
    this.loaded = false;
    this.error = null;
    this.group = null;
    this.abort = null;
    this.renderMs = 0;
    // Drawn from vector tiles: { atLeast } features, else null (see load()).
    this.tiled = null;
    this.tileState = null;
    this.threshold = TILE_THRESHOLD;
    this.params = {};
    this.filters = null;
  }

  /**
   * Fetches the layer (again); a newer call aborts an older one still running. A layer with a
   * tile record asks for its first `threshold` features only: when there are more, it is drawn
   * from tiles (`tiled`), and the features fetched serve only for lookups (dates, the first fit).
   */
  async load(extraParams = {}) {
    if (this.abort) this.abort.abort();
    const controller = new AbortController();
    this.abort = controller;
    try {
      const params = { ...(this.def.params || {}), ...extraParams };
      let features;
      let tiled = null;
      if (this.def.tiles) {
        const first = await fetchFirst(this.def.collection, params, this.threshold, controller.signal);
        features = first.features;
        if (first.more) tiled = { atLeast: features.length };
      } else {
        features = await fetchFeatures(this.def.collection, params, controller.signal);
      }
      if (controller.signal.aborted) return false;
      this.features = features;
      this.tiled = tiled;
      this.params = extraParams;
      this.loaded = true;
      this.error = null;
      return true;
    } catch (error) {
      if (controller.signal.aborted) return false;
      this.error = error;
      return false;
    } finally {
      if (this.abort === controller) this.abort = null;
    }
  }

  /**
   * Redraws the features `keep` accepts (all when omitted); a tiled layer applies `filters`
   * ({ kinds, statuses, time }) through its tile record instead.
   */
  render(keep = () => true, filters = null) {
    const started = performance.now();
    this.renderStarted = started;
    // Resolved when every marker is on the map: clustered layers add theirs in chunks between frames.
    this.drawn = new Promise((resolve) => { this.resolveDrawn = resolve; });
    if (this.tiled) {
      this.drawTiles(filters);
      this.renderMs = performance.now() - started;
      return;
    }
    if (this.group) this.group.remove();
    this.tileState = null;
    this.byId.clear();
    this.shown = this.features.filter((f) => keep(f));
    this.group = this.def.geometry === 'point' ? this.drawPoints(this.shown) : this.drawPolygons(this.shown);
    if (this.visible) this.group.addTo(this.map);
    this.renderMs = performance.now() - started;
    if (!this.def.clustered || !this.visible || this.shown.length === 0) this.resolveDrawn(this.renderMs);
  }

  /** Draws the layer from vector tiles, or points the tiles it draws at the current filters. */
  drawTiles(filters) {
    const tiles = this.def.tiles;
    this.filters = filters;
    this.shown = [];
    this.byId.clear();
    const timed = this.def.timed && this.params.datetime ? { datetime: this.params.datetime } : {};
    const url = tileUrl(this.def.collection, { ...timed, ...tiles.query(filters) });
    const key = tiles.filterKey(filters);
    const state = this.tileState;
    let grid;
    if (state && this.group === state.grid) {
      grid = state.grid;
      if (url === state.url && key === state.key) {
        this.resolveDrawn(0);
        return;
      }
      // Both redraw from the (HTTP-cached) tiles; the style function reads this.filters.
      if (url !== state.url) grid.setUrl(url, !this.visible);
      else if (this.visible) grid.redraw();
    } else {
      if (this.group) this.group.remove();
      grid = vectorTileLayer(url, {
        layerName: this.def.collection,
        pane: tiles.pane,
        style: (properties, zoom) => tiles.style(properties, zoom, this.filters),
        onClick: (properties, latLng) => this.selectTile(properties, latLng),
      });
      this.group = grid;
      if (this.visible) grid.addTo(this.map);
    }
    this.tileState = { grid, url, key };
    if (!this.visible) {
      this.resolveDrawn(0);
    } else {
      const resolve = this.resolveDrawn;
      grid.once('load', () => resolve(performance.now() - this.renderStarted));
    }
  }

  /** A click on a tile feature: the layer's full feature (by id), or the tile's own for aggregates. */
  async selectTile(properties, latLng) {
    const feature = {
      type: 'Feature',
      id: properties.id,
      tile: true,
      // Two pixels at the tile's zoom, in degrees: the point as drawn is not exactly the place's
      // (the tile rounds it to its grid); details keep the events of this place only.
      tolerance: (2 * 360) / 2 ** Math.round(this.map.getZoom()) / 256,
      geometry: this.def.geometry === 'point' && latLng ? { type: 'Point', coordinates: [latLng.lng, latLng.lat] } : null,
      properties: { ...properties },
    };
    if (this.def.tiles.aggregated) {
      this.onSelect(this.def.id, feature, latLng);
      return;
    }
    let full = feature;
    try {
      full = await fetchFeature(this.def.collection, properties.id, { ...(this.def.params || {}), ...this.params });
    } catch {
      // The tile's properties still name the feature.
    }
    this.onSelect(this.def.id, full, latLng);
  }

  /** Features drawn by the tiles loaded now (0 when the layer is not tiled). */
  tileFeatureCount() {
    return this.tiled && this.tileState ? drawnFeatures(this.tileState.grid) : 0;
  }

  setVisible(visible) {
    this.visible = visible;
    if (!this.group) return;
    if (visible) this.group.addTo(this.map);
    else this.group.remove();
  }

  drawPoints(features) {
    const def = this.def;
    const group = def.clustered
      ? L.markerClusterGroup({
        // Thousands of markers go in by chunks of at most 40 ms, so the page keeps drawing frames.
        chunkedLoading: true,
        chunkInterval: 40,
        chunkDelay: 10,
        chunkProgress: (done, total) => {
          if (done >= total && this.resolveDrawn) this.resolveDrawn(performance.now() - this.renderStarted);
        },
        maxClusterRadius: 36,
        // Places are distinct points and come apart at street level; many events share one place's
        // point, so they stay clustered and fan out (spiderfy) at the last zoom.
        // (markercluster reads any value but null as a zoom, so the option is absent for events.)
        ...(def.id === 'places' ? { disableClusteringAtZoom: 10 } : {}),
        showCoverageOnHover: false,
        iconCreateFunction: clusterIcon(def.id),
      })
      : L.featureGroup();
    const markers = [];
    for (const feature of features) {
      const latLng = pointLatLng(feature);
      if (!latLng) continue;
      const props = feature.properties || {};
      const marker = L.marker(latLng, {
        icon: iconFor(def, props),
        title: titleFor(def, props),
        keyboard: true,
        riseOnHover: true,
      });
      const key = featureKey(feature);
      marker.on('add', () => {
        const node = marker.getElement();
        if (!node) return;
        node.dataset.layer = def.id;
        node.dataset.fid = key;
        if (def.id === 'centres') node.dataset.status = str(props.status);
        if (def.id === 'events') node.dataset.kind = str(props.kind);
        node.setAttribute('aria-label', [str(props.name), str(props.nameEn)].filter(Boolean).join(' — '));
      });
      marker.on('click', () => this.onSelect(def.id, feature, marker.getLatLng()));
      this.byId.set(key, marker);
      markers.push(marker);
    }
    if (def.clustered) group.addLayers(markers);
    else markers.forEach((m) => group.addLayer(m));
    return group;
  }

  drawPolygons(features) {
    const def = this.def;
    return L.geoJSON({ type: 'FeatureCollection', features }, {
      pane: def.pane || 'overlayPane',
      style: (feature) => ({
        className: polygonClass(def.id, feature),
        weight: def.id === 'governorates' || def.id === 'districts' ? 1 : 2,
      }),
      onEachFeature: (feature, layer) => {
        const key = featureKey(feature);
        this.byId.set(key, layer);
        layer.on('click', (e) => this.onSelect(def.id, feature, e.latlng));
        // Areas with something to tell (gaps, uncovered areas, the disputed territories) are
        // reachable from the keyboard like markers; the hundreds of admin outlines are not tab stops.
        if (!KEYBOARD_AREAS.has(def.id)) return;
        layer.on('add', () => {
          const node = layer.getElement();
          if (!node) return;
          const props = feature.properties || {};
          node.setAttribute('tabindex', '0');
          node.setAttribute('role', 'button');
          node.setAttribute('aria-label', [str(props.name), str(props.nameEn), str(props.tier)]
            .filter(Boolean).join(' — ') || def.id);
          node.addEventListener('keydown', (ev) => {
            if (ev.key !== 'Enter' && ev.key !== ' ') return;
            ev.preventDefault();
            this.onSelect(def.id, feature, layer.getBounds().getCenter());
          });
        });
      },
    });
  }

  find(id) {
    const key = String(id);
    return this.features.find((f) => featureKey(f) === key) || null;
  }

  /** Where a feature's popup goes when it is selected without a click (permalink, reader). */
  anchorOf(feature) {
    const point = pointLatLng(feature);
    if (point) return point;
    const layer = this.byId.get(featureKey(feature));
    return layer && layer.getBounds ? layer.getBounds().getCenter() : null;
  }

  /** Brings a clustered marker out of its cluster before its popup opens. */
  reveal(feature, then) {
    const layer = this.byId.get(featureKey(feature));
    if (layer && this.def.clustered && this.group && this.group.zoomToShowLayer && this.visible) {
      this.group.zoomToShowLayer(layer, then);
    } else {
      then();
    }
  }
}
