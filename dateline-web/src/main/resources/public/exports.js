// Downloads of what a view shows, made in the page from the JSON it loaded (the API answers JSON only): CSV,
// JSON Lines and, for places, GeoJSON, each a Blob behind a link with a download name.
'use strict';

const DatelineExports = (() => {
  let urls = [];

  /** Frees the previous view's downloads; called when the view changes. */
  function reset() {
    urls.forEach(u => URL.revokeObjectURL(u));
    urls = [];
  }

  /**
   * One CSV field: quoted where it must be, and a field a spreadsheet would take for a formula (=, +, -, @ first)
   * is prefixed with an apostrophe, since these texts come from strangers.
   */
  function field(v) {
    if (v === null || v === undefined) return '';
    let s = Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(rows, columns) {
    return [columns.map(field).join(','), ...rows.map(r => columns.map(c => field(r[c])).join(','))].join('\r\n') + '\r\n';
  }

  function jsonl(rows) {
    return rows.map(r => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  }

  /** Points for the rows that have lat and lon, their other fields as properties; with route, the line joining them. */
  function geojson(rows, route) {
    const placed = rows.filter(r => typeof r.lat === 'number' && typeof r.lon === 'number');
    const features = placed.map((r, i) => {
      const properties = Object.assign(route ? {order: i + 1} : {}, r);
      delete properties.lat;
      delete properties.lon;
      return {type: 'Feature', geometry: {type: 'Point', coordinates: [r.lon, r.lat]}, properties};
    });
    if (route && placed.length > 1) {
      features.push({type: 'Feature', geometry: {type: 'LineString', coordinates: placed.map(r => [r.lon, r.lat])},
        properties: {route: true}});
    }
    return JSON.stringify({type: 'FeatureCollection', features});
  }

  function download(text, type, name, label) {
    const url = URL.createObjectURL(new Blob([text], {type}));
    urls.push(url);
    return el('a', {class: 'export', href: url, download: name, type}, label);
  }

  function slug(s) {
    return String(s || 'dateline').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)
        || 'dateline';
  }

  /**
   * A line of download links for these rows: {what: 'timeline', name: 'kim jong un', columns: [...], places: bool,
   * route: bool}.
   */
  function links(rows, {what, name, columns, places, route}) {
    const base = slug(name) + '-' + what;
    return el('p', {class: 'exports'}, 'Download ' + what + ': ',
        download(csv(rows, columns), 'text/csv', base + '.csv', 'CSV'), ' ',
        download(jsonl(rows), 'application/x-ndjson', base + '.jsonl', 'JSON Lines'),
        places ? ' ' : null,
        places ? download(geojson(rows, route), 'application/geo+json', base + '.geojson', 'GeoJSON') : null);
  }

  const EVENT_COLUMNS = ['time', 'time_precision', 'type', 'cameo', 'polarity', 'status', 'agent', 'with', 'place',
    'lat', 'lon', 'sources', 'text', 'document', 'title'];
  const STOP_COLUMNS = ['date', 'place', 'gazetteer_id', 'lat', 'lon', 'with', 'sources', 'evidence', 'documents'];

  return {reset, links, csv, jsonl, geojson, EVENT_COLUMNS, STOP_COLUMNS};
})();
