// The map's layers: what each one asks the API for and how it draws. A LayerView holds a layer's
// features as the API sent them and redraws the ones a filter keeps; colours are in app.css
// (tq-* classes), so the legend swatches and the map cannot disagree.
/* global L */
import { str } from './dom.js';
import { fetchFeatures } from './api.js';

/** Drawing order bottom to top: panes keep reference outlines under the news layers whatever loads first. */
export const PANES = [['pane-admin', 350], ['pane-reference', 360], ['pane-uncovered', 370], ['pane-gaps', 380]];

export const LAYER_DEFS = [
  {
    id: 'centres', collection: 'coordination-centres', geometry: 'point', timed: true, on: true,
    label: { ar: 'مراكز التنسيق', en: 'Coordination centres' },
  },
  {
    id: 'events', collection: 'events', geometry: 'point', on: true, clustered: true,
    label: { ar: 'الأحداث', en: 'Events' },
  },
  {
    id: 'places', collection: 'places', geometry: 'point', on: true, clustered: true,
    label: { ar: 'الأماكن المذكورة', en: 'Places mentioned' },
  },
  {
    id: 'gaps', collection: 'security-gaps', geometry: 'polygon', on: true, pane: 'pane-gaps',
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
  }

  /** Fetches the layer (again); a newer call aborts an older one still running. */
  async load(extraParams = {}) {
    if (this.abort) this.abort.abort();
    const controller = new AbortController();
    this.abort = controller;
    try {
      const features = await fetchFeatures(this.def.collection, { ...(this.def.params || {}), ...extraParams },
        controller.signal);
      if (controller.signal.aborted) return false;
      this.features = features;
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

  /** Redraws the features `keep` accepts (all when omitted). */
  render(keep = () => true) {
    const started = performance.now();
    this.renderStarted = started;
    // Resolved when every marker is on the map: clustered layers add theirs in chunks between frames.
    this.drawn = new Promise((resolve) => { this.resolveDrawn = resolve; });
    if (this.group) this.group.remove();
    this.byId.clear();
    this.shown = this.features.filter((f) => keep(f));
    this.group = this.def.geometry === 'point' ? this.drawPoints(this.shown) : this.drawPolygons(this.shown);
    if (this.visible) this.group.addTo(this.map);
    this.renderMs = performance.now() - started;
    if (!this.def.clustered || !this.visible || this.shown.length === 0) this.resolveDrawn(this.renderMs);
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
