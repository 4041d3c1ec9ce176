// Downloads of what a layer shows now (its filters and date applied): GeoJSON always, CSV for points.

/** A spreadsheet would run a cell that starts with =, +, - or @ as a formula; such cells get a quote. */
function csvCell(value) {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const POINT_COLUMNS = ['name', 'nameEn', 'status', 'statusDate', 'kind', 'date', 'mentions', 'reports', 'outlet'];

export function toGeoJson(layerId, features, meta) {
  return JSON.stringify({ type: 'FeatureCollection', name: layerId, ...meta, features }, null, 1);
}

export function toCsv(features) {
  const lines = [['id', 'lon', 'lat', ...POINT_COLUMNS].join(',')];
  for (const f of features) {
    if (!f.geometry || f.geometry.type !== 'Point') continue;
    const p = f.properties || {};
    const [lon, lat] = f.geometry.coordinates;
    const outlet = p.source ? p.source.outlet : undefined;
    const row = [f.id, lon, lat, ...POINT_COLUMNS.map((c) => (c === 'outlet' ? outlet : p[c]))];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function saveFile(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
