// Dateline's page: views over the JSON API, chosen by the URL's hash (#/search?q=…, #/entity?name=…, #/story?id=…).
// Everything the store returns was written by strangers, so it only ever reaches the page as text (see dom.js).
'use strict';

const view = document.getElementById('view');
const status = document.getElementById('status');
const mapBox = document.getElementById('map');

async function api(path, params) {
  return (await answer(path, params)).body;
}

/** The answer's JSON and, for a route that pages, how many there are in all (X-Total-Count). */
async function answer(path, params) {
  const res = await fetch('/api/' + path + '?' + new URLSearchParams(params).toString());
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return {body, total: Number(res.headers.get('X-Total-Count') || 0)};
}

/** Places on the map: [{lat, lon, label, area}]; with route, numbered and joined in their order. */
function showMap(points, route) {
  if (typeof DatelineMap === 'undefined' || typeof L === 'undefined') {
    mapBox.hidden = true;
    return;
  }
  DatelineMap.show(mapBox, points, route);
}

/** A Lucene phrase query for a name: its quotes and backslashes, which would end the phrase, become spaces. */
function phrase(name) {
  return '"' + name.replace(/["\\]/g, ' ') + '"';
}

function entityLink(name) {
  return link(hashFor('entity', {name}), name);
}

function outlet(url) {
  try {
    return url ? new URL(url).hostname : null;
  } catch (e) {
    return null;
  }
}

function section(title, ...children) {
  return el('section', {class: 'part'}, el('h3', {}, title), ...children);
}

/** A table of [{…}] with these columns: [[heading, row => cell]]; a cell is text or a node. */
function table(rows, columns, rowClass) {
  if (rows.length === 0) return el('p', {class: 'meta'}, 'None.');
  const t = el('table', {}, el('tr', {}, ...columns.map(([heading]) => el('th', {}, heading))));
  for (const r of rows) t.append(el('tr', {class: rowClass || null}, ...columns.map(([, cell]) => el('td', {}, cell(r)))));
  return t;
}

function hitList(hits) {
  if (hits.length === 0) return el('p', {}, 'Nothing found.');
  const list = el('div');
  for (const h of hits) {
    list.append(el('div', {class: 'hit'},
        link(hashFor('article', {document: h.document}), h.title || '(no title)'),
        el('div', {class: 'meta'}, h.document, h.published ? ' · ' + h.published : '',
            h.copy_of ? el('span', {class: 'copy'}, ' · a copy of ' + h.copy_of) : null),
        h.snippet ? el('div', {}, h.snippet) : null));
  }
  return list;
}

/** The search's facets: [kind in /api/facets, query parameter, heading]. */
const FACETS = [['entities', 'entity', 'People and organisations'], ['types', 'type', 'Events reported'],
  ['places', 'place', 'Places'], ['outlets', 'outlet', 'Outlets']];
const PAGE = 50;

/** The search with this facet value set (or, with null, left out), from its first page. */
function narrowedTo(params, changes) {
  const next = Object.assign({}, params, changes);
  for (const k of Object.keys(next)) if (next[k] === null) delete next[k];
  return hashFor('search', next);
}

/** The month's first and last day, for a month facet ("2024-05"). */
function monthSpan(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {from: month + '-01', to: month + '-' + String(last).padStart(2, '0')};
}

function facetList(params, facets) {
  const box = el('aside', {class: 'facets'},
      el('p', {class: 'meta'}, facets.total + (facets.total === 1 ? ' article' : ' articles') + ' in all'));
  for (const [kind, key, heading] of FACETS) {
    if (facets[kind].length === 0 || params[key]) continue;
    box.append(el('h4', {}, heading), el('ul', {}, ...facets[kind].map(f => el('li', {},
        el('a', {href: narrowedTo(params, {[key]: f.value}), class: 'facet', 'data-facet': key},
            kind === 'types' ? f.value.toLowerCase() : f.value),
        el('span', {class: 'meta count'}, String(f.articles))))));
  }
  if (facets.months.length > 1) {
    const most = Math.max(...facets.months.map(f => f.articles));
    box.append(el('h4', {}, 'Published'), el('ul', {}, ...facets.months.map(f => {
      const bar = el('span', {class: 'bar'});
      bar.style.width = Math.max(2, Math.round(60 * f.articles / most)) + 'px';
      return el('li', {}, el('a', {href: narrowedTo(params, monthSpan(f.value)), class: 'facet', 'data-facet': 'month'},
          f.value), el('span', {class: 'meta count'}, bar, ' ', String(f.articles)));
    })));
  }
  return box;
}

/** The facet values the search is narrowed by, each with a link that leaves it out. */
function activeFilters(params) {
  const set = Object.entries(params).filter(([k]) => k !== 'q');
  if (set.length === 0) return null;
  return el('p', {class: 'filters'}, 'Narrowed to ', ...set.flatMap(([k, v], i) => [i ? ', ' : null,
    el('span', {class: 'filter'}, k + ': ' + v + ' '),
    el('a', {href: narrowedTo(params, {[k]: null}), class: 'unfilter', title: 'leave this out'}, '×')]));
}

function pager(params, offset, total) {
  const links = [];
  if (offset > 0) links.push(link(narrowedTo(params, {offset: Math.max(0, offset - PAGE)}), '← earlier hits'));
  if (offset + PAGE < total) links.push(link(narrowedTo(params, {offset: offset + PAGE}), 'more hits →'));
  return links.length ? el('p', {class: 'pager'}, ...links.flatMap((l, i) => [i ? ' · ' : null, l])) : null;
}

function eventTable(events) {
  if (events.length === 0) return el('p', {}, 'No events.');
  return table(events, [
    ['when', e => e.time || '–'],
    ['what', e => e.type.toLowerCase() + (e.polarity === 'negative' ? ' (denied)' : '')
        + (e.status === 'planned' ? ' (planned)' : '')],
    ['who', e => e.agent ? entityLink(e.agent) : '–'],
    ['with', e => (e.with || []).join(', ')],
    ['where', e => e.place || '–'],
    ['according to', e => (e.sources || []).join(' ← ')],
    ['evidence', e => el('span', {}, e.text, ' ', link(hashFor('article', {document: e.document}), '[' + e.document + ']'))],
  ]);
}

function eventPoints(events) {
  return events.map(e => ({lat: e.lat, lon: e.lon, label: e.place || e.time || ''}));
}

function eventExports(events, name) {
  return DatelineExports.links(events, {what: 'events', name, columns: DatelineExports.EVENT_COLUMNS, places: true});
}

function stopPoints(stops) {
  return stops.map(s => ({lat: s.lat, lon: s.lon, label: s.place, area: DatelineMap.isArea(s.gazetteer_id)}));
}

function itineraryTable(stops) {
  let n = 0;
  return table(stops, [
    ['#', s => typeof s.lat === 'number' ? String(++n) : '–'],
    ['date', s => s.date || '–'],
    ['place', s => el('span', {}, entityLink(s.place),
        DatelineMap.isArea(s.gazetteer_id) ? el('span', {class: 'meta'}, ' (country or region)') : null)],
    ['with', s => el('span', {}, ...s.with.flatMap((w, i) => [i ? ', ' : null, entityLink(w)]))],
    ['according to', s => s.sources.join(' ← ')],
    ['evidence', s => el('span', {}, s.evidence,
        ...s.documents.flatMap(d => [' ', link(hashFor('article', {document: d}), '[' + d + ']')]))],
  ], 'stop');
}

function itineraryExports(it) {
  return DatelineExports.links(it.stops.map(s => Object.assign({who: it.who}, s)),
      {what: 'itinerary', name: it.who, columns: ['who', ...DatelineExports.STOP_COLUMNS], places: true, route: true});
}

/** The article's text with each name mention marked by its entity's type; spans are built, never parsed. */
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

/** A query as a form of optional fields [[name, label, type]] that goes to a view. */
function queryForm(target, fields, button, values) {
  const form = el('form', {class: 'events'},
      ...fields.map(([name, label, type]) => el('label', {}, label + ' ',
          el('input', {name, type: type || 'text', value: values ? values.get(name) : null}))),
      el('button', {type: 'submit'}, button));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const params = {};
    for (const [k, v] of new FormData(form)) if (v) params[k] = v;
    location.hash = hashFor(target, params);
  });
  return form;
}

function eventForm() {
  return queryForm('events', [['place', 'place'], ['type', 'type (VISIT, MEET, SIGN…)'], ['from', 'from', 'date'],
    ['to', 'to', 'date']], 'Events');
}

/** Counts as a table with a bar each: [{label, count}]. */
function countBars(rows, heading, countHeading) {
  const most = Math.max(1, ...rows.map(r => r.count));
  return table(rows, [
    [heading, r => r.label],
    [countHeading, r => {
      const bar = el('span', {class: 'bar'});
      bar.style.width = Math.max(2, Math.round(100 * r.count / most)) + 'px';
      return el('span', {}, bar, ' ', String(r.count));
    }],
  ]);
}

const views = {
  async home() {
    const hits = await api('articles', {limit: 30});
    showMap([]);
    return el('div', {}, el('h2', {}, 'Events'), eventForm(),
        el('p', {}, link('#/stories', 'Stories: the articles grouped by what they report')),
        el('h2', {}, 'Latest articles'), hitList(hits));
  },

  async search(p) {
    const q = p.get('q') || '';
    const narrowing = {};
    for (const [, key] of FACETS) if (p.get(key)) narrowing[key] = p.get(key);
    for (const key of ['from', 'to']) if (p.get(key)) narrowing[key] = p.get(key);
    const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
    const params = Object.assign({q}, narrowing);
    const [page, facets] = await Promise.all([
      answer('search', Object.assign({offset, limit: PAGE}, params)), api('facets', params)]);
    showMap([]);
    return el('div', {}, el('h2', {}, 'Articles matching “' + q + '”'),
        activeFilters(params),
        el('div', {class: 'searching'}, facetList(params, facets),
            el('div', {},
                el('p', {class: 'meta'}, page.total === 0 ? 'No articles.'
                    : 'Articles ' + (offset + 1) + '–' + (offset + page.body.length) + ' of ' + page.total),
                DatelineExports.links(page.body, {what: 'hits', name: q, columns: ['document', 'title', 'published',
                  'score', 'copy_of', 'snippet']}),
                hitList(page.body), pager(params, offset, page.total))));
  },

  async article(p) {
    const a = await api('article', {document: p.get('document') || ''});
    const entities = table(a.entities, [
      ['name', e => entityLink(e.name)],
      ['type', e => e.type.toLowerCase()],
      ['also called', e => e.aliases.join(', ')],
      ['mentions', e => String(e.mentions.length)],
    ]);
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

  async entity(p) {
    const name = p.get('name') || '';
    const [e, hits] = await Promise.all([api('entity', {name}),
      api('search', {q: phrase(name), limit: 50}).catch(() => [])]);
    const stops = e.itinerary.stops;
    if (stops.some(s => typeof s.lat === 'number')) {
      showMap(stopPoints(stops), true);
    } else if (typeof e.lat === 'number') {
      showMap([{lat: e.lat, lon: e.lon, label: e.name, area: DatelineMap.isArea(e.gazetteer_id)}]);
    } else {
      showMap(eventPoints(e.timeline));
    }
    // The articles: those the full text finds the name in, then any other its events came from.
    const articles = hits.slice();
    const listed = new Set(hits.map(h => h.document));
    for (const ev of e.timeline) {
      if (!listed.has(ev.document)) {
        listed.add(ev.document);
        articles.push({document: ev.document, title: ev.title});
      }
    }
    return el('div', {class: 'entity'},
        el('h2', {}, e.name, ' ', el('span', {class: 'meta'}, e.type.toLowerCase())),
        el('p', {class: 'meta'}, e.articles + ' article' + (e.articles === 1 ? '' : 's'),
            e.copies ? ' (and ' + e.copies + ' near copies)' : '', ' · ' + e.mentions + ' mentions',
            e.gazetteer_id ? ' · place ' + e.gazetteer_id : '', ' · ',
            link(hashFor('timeline', {name: e.name}), 'timeline'), ' · ',
            link(hashFor('itinerary', {name: e.name}), 'itinerary')),
        section('Timeline', e.timeline.length ? DatelineTimeline.draw(e.timeline) : null,
            eventExports(e.timeline, e.name + '-timeline'),
            el('details', {}, el('summary', {}, e.timeline.length + ' events'), eventTable(e.timeline))),
        section('Itinerary', stops.length ? DatelineMap.legend(true) : null,
            el('div', {class: 'itinerary'}, itineraryTable(stops)), stops.length ? itineraryExports(e.itinerary) : null),
        el('div', {class: 'columns'},
            section('Names', table(e.names, [['name', n => n.name], ['mentions', n => String(n.mentions)]], 'name')),
            section('Mentioned with', table(e.together, [['name', t => entityLink(t.name)],
              ['articles', t => String(t.articles)]], 'together')),
            section('Outlets', table(e.outlets, [['outlet', o => o.host], ['articles', o => String(o.articles)]])),
            section('Cited sources', table(e.cited_sources, [['source', c => entityLink(c.source)],
              ['events', c => String(c.events)]]))),
        section('Mentions over time', countBars(e.by_period.map(b => ({label: b.period + ' · ' + b.articles
            + ' article' + (b.articles === 1 ? '' : 's'), count: b.mentions})), 'period', 'mentions')),
        section('Articles', DatelineExports.links(articles, {what: 'articles', name: e.name,
          columns: ['document', 'title', 'published', 'copy_of']}), hitList(articles)));
  },

  async stories(p) {
    const params = {limit: 100};
    for (const k of ['from', 'to', 'about']) if (p.get(k)) params[k] = p.get(k);
    const stories = await api('stories', params);
    showMap([]);
    const flat = stories.map(s => ({id: s.id, title: s.title, from: s.from, to: s.to, articles: s.articles,
      copies: s.copies, outlets: s.outlets.map(o => o.host), entities: s.entities.map(x => x.name),
      places: s.places.map(x => x.name)}));
    return el('div', {},
        el('h2', {}, 'Stories'),
        queryForm('stories', [['about', 'about (a name)'], ['from', 'from', 'date'], ['to', 'to', 'date']],
            'Stories', p),
        DatelineExports.links(flat, {what: 'stories', name: p.get('about') || 'all',
          columns: ['id', 'title', 'from', 'to', 'articles', 'copies', 'outlets', 'entities', 'places']}),
        table(stories, [
          ['story', s => link(hashFor('story', {id: s.id}), s.title || '(no title)')],
          ['dates', s => s.from ? s.from + (s.to && s.to !== s.from ? ' – ' + s.to : '') : '–'],
          ['articles', s => s.articles + (s.copies ? ' + ' + s.copies + ' copies' : '')],
          ['outlets', s => s.outlets.map(o => o.host).join(', ')],
          ['who', s => el('span', {}, ...s.entities.slice(0, 5).flatMap((x, i) => [i ? ', ' : null,
            entityLink(x.name)]))],
          ['where', s => el('span', {}, ...s.places.slice(0, 4).flatMap((x, i) => [i ? ', ' : null,
            entityLink(x.name)]))],
        ], 'story'));
  },

  async story(p) {
    const st = await api('story', {id: p.get('id') || ''});
    // Its places: where the store knows each (its entity), else where its events put them.
    const known = await Promise.all(st.places.slice(0, 12).map(pl => api('entity', {name: pl.name}).catch(() => null)));
    const points = known.map((x, i) => x && {lat: x.lat, lon: x.lon, label: st.places[i].name,
      area: DatelineMap.isArea(x.gazetteer_id)}).filter(x => x);
    const named = new Set(points.map(x => x.label));
    for (const ev of st.events) {
      if (ev.place && !named.has(ev.place) && typeof ev.lat === 'number') {
        named.add(ev.place);
        points.push({lat: ev.lat, lon: ev.lon, label: ev.place});
      }
    }
    showMap(points);
    // Its articles in time order, each original followed by its copies.
    const byTime = (a, b) => (a.published || '\uffff').localeCompare(b.published || '\uffff')
        || a.document.localeCompare(b.document);
    const members = st.members.slice().sort(byTime);
    const inStory = new Set(members.map(m => m.document));
    const ordered = [];
    for (const m of members.filter(m => !m.copy_of || !inStory.has(m.copy_of))) {
      ordered.push(m, ...members.filter(c => c.copy_of === m.document));
    }
    return el('div', {class: 'story'},
        el('h2', {}, st.title || '(no title)'),
        el('p', {class: 'meta'}, st.from ? st.from + (st.to && st.to !== st.from ? ' – ' + st.to : '') + ' · ' : '',
            st.articles + ' article' + (st.articles === 1 ? '' : 's'),
            st.copies ? ' and ' + st.copies + ' near copies' : '', ' · ', link('#/stories', 'all stories')),
        section('Articles', DatelineExports.links(ordered, {what: 'articles', name: 'story-' + st.id,
          columns: ['published', 'document', 'title', 'url', 'copy_of']}),
        table(ordered, [
          ['published', m => m.published || '–'],
          ['article', m => el('span', {class: m.copy_of ? 'copy-row' : null}, m.copy_of ? '↳ ' : '',
              link(hashFor('article', {document: m.document}), m.title || '(no title)'))],
          ['outlet', m => outlet(m.url) || '–'],
          ['copy of', m => m.copy_of ? el('span', {class: 'copy'}, m.copy_of) : ''],
        ], 'member')),
        el('div', {class: 'columns'},
            section('Outlets', table(st.outlets, [['outlet', o => o.host], ['articles', o => String(o.articles)]])),
            section('Who', table(st.entities, [['name', x => entityLink(x.name)], ['mentions', x => String(x.mentions)]])),
            section('Where', DatelineMap.legend(false), table(st.places, [['place', x => entityLink(x.name)],
              ['mentions', x => String(x.mentions)]]))),
        section('Events', st.events.length ? DatelineTimeline.draw(st.events) : null,
            eventExports(st.events, 'story-' + st.id), eventTable(st.events)));
  },

  async timeline(p) {
    const name = p.get('name') || '';
    const events = await api('timeline', {name});
    showMap(eventPoints(events));
    return el('div', {}, el('h2', {}, 'Timeline: ' + name, ' ', el('span', {class: 'meta'}, entityLink(name))),
        events.length ? DatelineTimeline.draw(events) : null, eventExports(events, name + '-timeline'),
        eventTable(events));
  },

  async itinerary(p) {
    const it = await api('itinerary', {name: p.get('name') || ''});
    showMap(stopPoints(it.stops), true);
    return el('div', {}, el('h2', {}, 'Itinerary: ' + it.who, ' ', el('span', {class: 'meta'}, entityLink(it.who))),
        DatelineMap.legend(true), itineraryTable(it.stops), itineraryExports(it));
  },

  async events(p) {
    const params = {};
    for (const k of ['type', 'from', 'to', 'place']) if (p.get(k)) params[k] = p.get(k);
    const events = await api('events', params);
    showMap(eventPoints(events));
    return el('div', {}, el('h2', {}, 'Events'), events.length ? DatelineTimeline.draw(events) : null,
        eventExports(events, 'events'), eventTable(events));
  },
};

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const render = views[path] || views.home;
  status.textContent = '';
  DatelineExports.reset();
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
  const which = e.submitter && e.submitter.dataset.view;
  location.hash = hashFor(['timeline', 'itinerary'].includes(which) ? which : 'entity',
      {name: document.getElementById('name').value});
});
window.addEventListener('hashchange', route);
route();
