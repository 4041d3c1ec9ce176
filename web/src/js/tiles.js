// Layers drawn from the API's vector tiles (Mapbox Vector Tiles, WebMercatorQuad) with
// Leaflet.VectorGrid, for when a layer has more features than the page should hold as markers.
// What a layer's tiles look like and how its filters reach them is in its record in layers.js
// (`tiles`); this module only knows VectorGrid.
/* global L */

/**
 * VectorGrid 1.3.0 (the last release, 2017) predates Leaflet 1.8/1.9. Its point symbolizers are
 * CircleMarkers without a LatLng, and Leaflet 1.9 asks a small circle marker for its LatLng when
 * it fires a DOM event on it (Map#_fireDOMEvent), which throws. Each point gets its LatLng when
 * its tile joins the map. (The SVG renderer is used: its tiles let clicks through between
 * features, where canvas tiles would take every click from the polygons under them.)
 */
function patchVectorGrid() {
  if (!L.SVG.Tile || L.SVG.Tile.prototype.tansiqPatched) return;
  const addTo = L.SVG.Tile.prototype.addTo;
  L.SVG.Tile.include({
    tansiqPatched: true,
    addTo(map) {
      addTo.call(this, map);
      const origin = this._tileCoord.scaleBy(this._size);
      for (const id of Object.keys(this._layers)) {
        const layer = this._layers[id];
        if (layer._point && !layer._latlng) layer._latlng = map.unproject(origin.add(layer._point), this._tileCoord.z);
      }
      return this;
    },
  });
}

/** The tile URL template of a collection, with its filter parameters. */
export function tileUrl(collection, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''))
    .toString();
  return `/api/collections/${encodeURIComponent(collection)}/tiles/WebMercatorQuad/{z}/{x}/{y}${query ? `?${query}` : ''}`;
}

/**
 * A VectorGrid over `url`; `style(properties, zoom)` gives a feature's path options, or null to
 * leave it out; `onClick(properties, latLng)` is called for a clicked feature.
 */
export function vectorTileLayer(url, { layerName, pane, style, onClick }) {
  patchVectorGrid();
  const grid = L.vectorGrid.protobuf(url, {
    rendererFactory: L.svg.tile,
    interactive: true,
    pane,
    // The tiles stop at zoom 22 on the server; the map's own limit is lower.
    maxZoom: 22,
    getFeatureId: (feature) => feature.properties.id,
    vectorTileLayerStyles: {
      [layerName]: (properties, zoom) => {
        const options = style(properties, zoom);
        return options ? { interactive: true, ...options } : [];
      },
    },
  });
  grid.on('click', (e) => {
    if (e.layer && e.layer.properties) onClick(e.layer.properties, e.latlng);
  });
  return grid;
}

/** How many features the grid's loaded tiles draw (a feature on two tiles counts twice). */
export function drawnFeatures(grid) {
  if (!grid || !grid._vectorTiles) return 0;
  return Object.values(grid._vectorTiles).reduce((n, tile) => n + Object.keys(tile._features || {}).length, 0);
}
