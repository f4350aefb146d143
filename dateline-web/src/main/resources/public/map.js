// The map: Natural Earth's countries (world-atlas, served with the page) drawn by Leaflet with no tile server, and
// over them the places of a view: numbered stops joined in date order, or the places of events. A stop whose place
// is a whole country or region is drawn as a large hollow ring, a city or facility as a filled dot. Labels are
// placed greedily so that they cover neither each other nor the other stops.
'use strict';

const DatelineMap = (() => {
  const COUNTRIES = '/world-atlas/countries-110m.json';
  const AREA = /^(iso3166|geonames-admin1):/;
  let map = null;
  let places = null;    // the layer group of the current view's stops, their route and labels
  let markers = [];     // [{marker, tooltip, radius}] of the current view, in order
  let countries = null; // the promise of the country layer, fetched once
  let leaders = null;   // thin lines from a stop to a label placed away from it

  /**
   * TopoJSON to GeoJSON: the arcs are delta-encoded integers scaled by the transform; a ring lists arcs by index,
   * ~i for arc i reversed, and consecutive arcs share their joining point.
   */
  function topoFeatures(topo, name) {
    const t = topo.transform;
    const arcs = topo.arcs.map(arc => {
      let x = 0;
      let y = 0;
      return arc.map(p => {
        if (!t) return [p[0], p[1]];
        x += p[0];
        y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
    const ring = indexes => {
      const points = [];
      for (const i of indexes) {
        const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        points.push(...(points.length ? arc.slice(1) : arc));
      }
      return points;
    };
    const polygon = rings => rings.map(ring);
    const geometry = g => g.type === 'Polygon' ? {type: 'Polygon', coordinates: polygon(g.arcs)}
        : g.type === 'MultiPolygon' ? {type: 'MultiPolygon', coordinates: g.arcs.map(polygon)} : null;
    const features = topo.objects[name].geometries
        .map(g => ({type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g)}))
        .filter(f => f.geometry !== null);
    return {type: 'FeatureCollection', features};
  }

  function ensureMap(box) {
    if (map !== null) return;
    map = L.map(box, {attributionControl: true, worldCopyJump: false, minZoom: 1, maxZoom: 9});
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Natural Earth (public domain), world-atlas');
    map.createPane('countries').style.zIndex = 300;
    places = L.layerGroup().addTo(map);
    leaders = L.layerGroup().addTo(map);
    map.on('zoomend', placeLabels);
    countries = fetch(COUNTRIES)
        .then(res => res.ok ? res.json() : Promise.reject(new Error(res.statusText)))
        .then(topo => L.geoJSON(topoFeatures(topo, 'countries'), {
          pane: 'countries', interactive: false,
          style: {className: 'country', color: '#98a3ab', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1},
        }).addTo(map))
        .catch(() => null); // without the shapes the places still show, on the sea's colour
  }

  /** True where the place is a country or a region rather than a city or a facility. */
  function isArea(gazetteerId) {
    return typeof gazetteerId === 'string' && AREA.test(gazetteerId);
  }

  /**
   * Shows these places: [{lat, lon, label, area}], in order; with route, they are numbered stops joined by a line in
   * their order. Places without coordinates are left out; with none left, the map hides.
   */
  function show(box, points, route) {
    const placed = points.filter(p => typeof p.lat === 'number' && typeof p.lon === 'number');
    box.hidden = placed.length === 0;
    if (placed.length === 0 || typeof L === 'undefined') return;
    ensureMap(box);
    places.clearLayers();
    markers = [];
    // Places at one spot (and of one precision) share a marker; its label lists their numbers and names.
    const groups = new Map();
    placed.forEach((p, i) => {
      const key = p.lat.toFixed(4) + ',' + p.lon.toFixed(4) + (p.area ? ',area' : '');
      if (!groups.has(key)) groups.set(key, {lat: p.lat, lon: p.lon, area: p.area, names: new Map(), numbers: []});
      const g = groups.get(key);
      g.numbers.push(i + 1);
      g.names.set(p.label, (g.names.get(p.label) || 0) + 1);
    });
    const latLngs = placed.map(p => [p.lat, p.lon]);
    if (route && latLngs.length > 1) {
      places.addLayer(L.polyline(latLngs, {className: 'route', color: '#1d3557', weight: 2, dashArray: '5 5'}));
    }
    for (const g of groups.values()) {
      const radius = g.area ? 13 : 6;
      const marker = L.circleMarker([g.lat, g.lon], g.area
          ? {className: 'stop stop-area', radius, color: '#b23a48', weight: 2, dashArray: '3 3', fill: true,
            fillOpacity: 0.08}
          : {className: 'stop stop-point', radius, color: '#fff', weight: 1.5, fillColor: '#b23a48', fillOpacity: 1});
      // Leaflet puts a string tooltip in as HTML; a place's name comes from a stranger's page, so it goes in as text.
      const label = document.createElement('span');
      label.textContent = (route ? g.numbers.join(', ') + ' · ' : '') + [...g.names]
          .map(([name, n]) => name + (!route && n > 1 ? ' ×' + n : '')).join(', ');
      // Up to 15 places are labelled for good (and placed below); more, and a label shows on hover, above its place.
      const permanent = groups.size <= 15;
      marker.bindTooltip(label, {permanent, direction: permanent ? 'center' : 'top', className: 'stop-label',
        opacity: 0.95});
      places.addLayer(marker);
      markers.push({marker, radius});
    }
    map.invalidateSize();
    map.fitBounds(L.latLngBounds(latLngs).pad(0.3), {maxZoom: 6, animate: false});
    placeLabels();
  }

  /** Greedy placement: each label in turn takes the first spot around its stop that overlaps nothing placed yet. */
  function placeLabels() {
    if (map === null) return;
    leaders.clearLayers();
    const size = map.getSize();
    const taken = markers.map(({marker, radius}) => {
      const p = map.latLngToContainerPoint(marker.getLatLng());
      return box(p.x, p.y, 2 * radius + 2, 2 * radius + 2);
    });
    for (const {marker, radius} of markers) {
      const tooltip = marker.getTooltip();
      const element = tooltip && tooltip.getElement();
      if (!element || !map.hasLayer(tooltip)) continue;
      const p = map.latLngToContainerPoint(marker.getLatLng());
      const w = element.offsetWidth;
      const h = element.offsetHeight;
      let best = null;
      candidates(radius, w, h).some(([dx, dy], i) => {
        const b = box(p.x + dx, p.y + dy, w, h);
        const outside = b.x0 < 0 || b.y0 < 0 || b.x1 > size.x || b.y1 > size.y ? 1e6 : 0;
        const cost = outside + taken.reduce((sum, t) => sum + overlap(b, t), 0);
        if (best === null || cost < best.cost) best = {cost, dx, dy, b, far: i >= 8};
        return cost === 0;
      });
      taken.push(best.b);
      tooltip.options.offset = L.point(best.dx, best.dy);
      tooltip.update();
      if (best.far) {
        // The nearest point of the label's box, so that a label set apart still points at its stop.
        const edge = L.point(Math.max(best.b.x0, Math.min(p.x, best.b.x1)), Math.max(best.b.y0, Math.min(p.y, best.b.y1)));
        leaders.addLayer(L.polyline([marker.getLatLng(), map.containerPointToLatLng(edge)],
            {className: 'leader', color: '#5c6670', weight: 1, interactive: false}));
      }
    }
  }

  /** Label centres around a stop, nearest first: right, left, above, below, the corners, then farther out. */
  function candidates(radius, w, h) {
    const out = [];
    for (const far of [0, 1, 2]) {
      const gx = radius + 6 + w / 2 + far * 18;
      const gy = radius + 4 + h / 2 + far * (h + 4);
      out.push([gx, 0], [-gx, 0], [0, -gy], [0, gy], [gx, -gy], [gx, gy], [-gx, -gy], [-gx, gy]);
    }
    return out;
  }

  function box(cx, cy, w, h) {
    return {x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2};
  }

  function overlap(a, b) {
    const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
    const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** The key under the map: how a stop's precision is drawn. */
  function legend(route) {
    return el('p', {class: 'map-legend'},
        el('span', {class: 'key key-point'}), 'a city or facility ',
        el('span', {class: 'key key-area'}), 'a whole country or region',
        route ? ' · numbered in date order' : '');
  }

  return {show, isArea, legend, topoFeatures};
})();
