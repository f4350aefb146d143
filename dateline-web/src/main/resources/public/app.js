// Dateline's page: views over the JSON API, chosen by the URL's hash (#/search?q=…, #/article?document=…).
// Everything the store returns was written by strangers, so it only ever reaches the page as textContent.
'use strict';

const view = document.getElementById('view');
const status = document.getElementById('status');
const mapBox = document.getElementById('map');
let map = null;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function link(hash, text) {
  return el('a', {href: hash}, text);
}

function hashFor(path, params) {
  return '#/' + path + '?' + new URLSearchParams(params).toString();
}

async function api(path, params) {
  const res = await fetch('/api/' + path + '?' + new URLSearchParams(params).toString());
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function showMap(points, line) {
  const placed = points.filter(p => p.lat !== null && p.lat !== undefined);
  mapBox.hidden = placed.length === 0;
  if (placed.length === 0 || typeof L === 'undefined') return;
  if (map === null) {
    // No tile server is reachable offline: places are drawn on a plain background.
    map = L.map(mapBox, {attributionControl: false});
  }
  map.eachLayer(layer => map.removeLayer(layer));
  const latLngs = placed.map(p => [p.lat, p.lon]);
  for (const p of placed) {
    // Leaflet puts a string tooltip in as HTML; a place's name comes from a stranger's page, so it goes in as text.
    const label = document.createElement('span');
    label.textContent = p.label;
    L.circleMarker([p.lat, p.lon], {radius: 7, weight: 2}).bindTooltip(label, {permanent: placed.length <= 12})
        .addTo(map);
  }
  if (line && latLngs.length > 1) L.polyline(latLngs, {weight: 2, dashArray: '4 4'}).addTo(map);
  map.fitBounds(L.latLngBounds(latLngs).pad(0.3), {maxZoom: 8});
  map.invalidateSize();
}

function hitList(hits) {
  if (hits.length === 0) return el('p', {}, 'Nothing found.');
  const list = el('div');
  for (const h of hits) {
    list.append(el('div', {class: 'hit'},
        link(hashFor('article', {document: h.document}), h.title || '(no title)'),
        el('div', {class: 'meta'}, h.document, h.published ? ' · ' + h.published : '',
            h.copy_of ? el('span', {class: 'copy'}, ' · a copy of ' + h.copy_of) : null),
        el('div', {}, h.snippet)));
  }
  return list;
}

function eventTable(events) {
  if (events.length === 0) return el('p', {}, 'No events.');
  const table = el('table', {},
      el('tr', {}, el('th', {}, 'when'), el('th', {}, 'what'), el('th', {}, 'who'), el('th', {}, 'with'),
          el('th', {}, 'where'), el('th', {}, 'according to'), el('th', {}, 'evidence')));
  for (const e of events) {
    const what = e.type.toLowerCase() + (e.polarity === 'negative' ? ' (denied)' : '')
        + (e.status === 'planned' ? ' (planned)' : '');
    table.append(el('tr', {class: e.polarity === 'negative' ? 'negative' : null},
        el('td', {}, e.time || '–'), el('td', {}, what), el('td', {}, e.agent || '–'),
        el('td', {}, (e.with || []).join(', ')), el('td', {}, e.place || '–'),
        el('td', {}, (e.sources || []).join(' ← ')),
        el('td', {}, e.text, ' ', link(hashFor('article', {document: e.document}), '[' + e.document + ']'))));
  }
  return table;
}

function eventPoints(events) {
  return events.map(e => ({lat: e.lat, lon: e.lon, label: (e.time || '') + ' ' + (e.place || '')}));
}

// The article's text with each name mention marked by its entity's type; spans are built, never parsed.
function annotated(text, entities) {
  const marks = [];
  for (const e of entities) {
    for (const [start, end] of e.mentions) marks.push({start, end, e});
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const box = el('div', {class: 'text'});
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length) continue; // overlapping or out of range: left unmarked
    box.append(text.slice(at, m.start));
    box.append(el('span', {class: 'm m-' + m.e.type, title: m.e.name + ' (' + m.e.type.toLowerCase() + ')'},
        text.slice(m.start, m.end)));
    at = m.end;
  }
  box.append(text.slice(at));
  return box;
}

// The events query as a form: every field may stay empty.
function eventForm() {
  const field = (name, label, type) => el('label', {}, label + ' ', el('input', {name, type: type || 'text'}));
  const form = el('form', {class: 'events'},
      field('place', 'place'), field('type', 'type (VISIT, MEET, SIGN…)'), field('from', 'from', 'date'),
      field('to', 'to', 'date'), el('button', {type: 'submit'}, 'Events'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const params = {};
    for (const [k, v] of new FormData(form)) if (v) params[k] = v;
    location.hash = hashFor('events', params);
  });
  return form;
}

const views = {
  async home() {
    const hits = await api('articles', {limit: 30});
    showMap([]);
    return el('div', {}, el('h2', {}, 'Events'), eventForm(), el('h2', {}, 'Latest articles'), hitList(hits));
  },
  async search(p) {
    const hits = await api('search', {q: p.get('q') || '', limit: 50});
    showMap([]);
    return el('div', {}, el('h2', {}, 'Articles matching “' + p.get('q') + '”'), hitList(hits));
  },
  async article(p) {
    const a = await api('article', {document: p.get('document') || ''});
    const entities = el('table', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'type'),
        el('th', {}, 'also called'), el('th', {}, 'mentions')));
    for (const e of a.entities) {
      const name = ['PERSON', 'ORGANIZATION'].includes(e.type)
          ? link(hashFor('timeline', {name: e.name}), e.name) : e.name;
      entities.append(el('tr', {}, el('td', {}, name), el('td', {}, e.type.toLowerCase()),
          el('td', {}, e.aliases.join(', ')), el('td', {}, e.mentions.length)));
    }
    showMap(a.entities.map(e => ({lat: e.lat, lon: e.lon, label: e.name})));
    return el('article', {},
        el('h2', {}, a.title || '(no title)'),
        el('p', {class: 'meta'}, a.document, a.published ? ' · published ' + a.published : '',
            a.url ? ' · ' + a.url : '', a.copy_of ? el('span', {class: 'copy'}, ' · a copy of ' + a.copy_of) : null),
        el('p', {class: 'legend'}, ...['PERSON', 'ORGANIZATION', 'LOCATION', 'PRODUCT']
            .map(t => el('span', {class: 'm m-' + t}, t.toLowerCase()))),
        annotated(a.text, a.entities),
        a.text_truncated ? el('p', {class: 'meta'}, '(the rest of this very long text is not shown)') : null,
        el('h3', {}, 'Events'), eventTable(a.events),
        el('h3', {}, 'Names'), entities);
  },
  async timeline(p) {
    const events = await api('timeline', {name: p.get('name') || ''});
    showMap(eventPoints(events));
    return el('div', {}, el('h2', {}, 'Timeline: ' + p.get('name')), eventTable(events));
  },
  async itinerary(p) {
    const it = await api('itinerary', {name: p.get('name') || ''});
    const table = el('table', {}, el('tr', {}, el('th', {}, 'date'), el('th', {}, 'place'), el('th', {}, 'with'),
        el('th', {}, 'according to'), el('th', {}, 'evidence')));
    for (const s of it.stops) {
      table.append(el('tr', {}, el('td', {}, s.date || '–'), el('td', {}, s.place),
          el('td', {}, s.with.join(', ')), el('td', {}, s.sources.join(' ← ')),
          el('td', {}, s.evidence,
              ...s.documents.flatMap(d => [' ', link(hashFor('article', {document: d}), '[' + d + ']')]))));
    }
    showMap(it.stops.map(s => ({lat: s.lat, lon: s.lon, label: (s.date || '') + ' ' + s.place})), true);
    return el('div', {}, el('h2', {}, 'Itinerary: ' + it.who), table);
  },
  async events(p) {
    const params = {};
    for (const k of ['type', 'from', 'to', 'place']) if (p.get(k)) params[k] = p.get(k);
    const events = await api('events', params);
    showMap(eventPoints(events));
    return el('div', {}, el('h2', {}, 'Events'), eventTable(events));
  },
};

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const render = views[path] || views.home;
  status.textContent = '';
  try {
    view.replaceChildren(await render(new URLSearchParams(query || '')));
  } catch (e) {
    view.replaceChildren();
    mapBox.hidden = true;
    status.textContent = e.message;
  }
}

document.getElementById('search').addEventListener('submit', e => {
  e.preventDefault();
  location.hash = hashFor('search', {q: document.getElementById('q').value});
});
document.getElementById('who').addEventListener('submit', e => {
  e.preventDefault();
  const which = e.submitter && e.submitter.dataset.view === 'itinerary' ? 'itinerary' : 'timeline';
  location.hash = hashFor(which, {name: document.getElementById('name').value});
});
window.addEventListener('hashchange', route);
route();
