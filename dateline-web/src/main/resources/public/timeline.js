// The timeline drawing: events over time, one lane per event type, as SVG built element by element. An event that
// happened is a filled dot, a planned one a hollow dashed ring, a denied one is crossed out; a time known only to the
// week, month or year is a bar over that period; events with no time stand in a column of their own at the right.
'use strict';

const DatelineTimeline = (() => {
  const DAY = 86400000;
  const WIDTH = 960;
  const LEFT = 130;
  const UNDATED = 90;
  const TOP = 28;
  const LANE = 28;

  /** The period an event's time names, [start, end) in milliseconds, or null when it has none we can read. */
  function period(time) {
    if (typeof time !== 'string') return null;
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(time);
    if (m) {
      const start = Date.UTC(+m[1], +m[2] - 1, +m[3]);
      return [start, start + DAY];
    }
    m = /^(\d{4})-W(\d{2})$/.exec(time);
    if (m) {
      const jan4 = Date.UTC(+m[1], 0, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
      return [monday, monday + 7 * DAY];
    }
    m = /^(\d{4})-(\d{2})$/.exec(time);
    if (m) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
    m = /^(\d{4})$/.exec(time);
    if (m) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
    return null;
  }

  function iso(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  /** Tick marks for the span: days, Mondays, first days of months or of years, a dozen at most. */
  function ticks(t0, t1) {
    const days = (t1 - t0) / DAY;
    const out = [];
    if (days <= 62) {
      const step = days <= 16 ? 1 : 7;
      let t = Math.ceil(t0 / DAY) * DAY;
      if (step === 7) while (new Date(t).getUTCDay() !== 1) t += DAY;
      for (; t <= t1; t += step * DAY) out.push([t, step === 1 ? iso(t).slice(5) : iso(t)]);
    } else if (days <= 1500) {
      const d = new Date(t0);
      for (let y = d.getUTCFullYear(), mo = d.getUTCMonth() + 1; ; mo++) {
        const t = Date.UTC(y, mo, 1);
        if (t > t1) break;
        out.push([t, iso(t).slice(0, 7)]);
      }
    } else {
      for (let y = new Date(t0).getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= t1; y++) out.push([Date.UTC(y, 0, 1), String(y)]);
    }
    const every = Math.ceil(out.length / 12);
    return out.filter((_, i) => i % every === 0);
  }

  function describe(e) {
    return [e.time || 'no date', e.type.toLowerCase() + (e.polarity === 'negative' ? ' (denied)' : '')
        + (e.status !== 'happened' ? ' (' + e.status + ')' : ''), e.agent, (e.with || []).join(', '), e.place]
        .filter(x => x).join(' · ') + (e.text ? ' — ' + e.text : '');
  }

  /** The drawing of these events (as /api/timeline or /api/events return them), with its key. */
  function draw(events) {
    const types = [...new Set(events.map(e => e.type))].sort();
    const timed = events.map(e => ({e, p: period(e.time)}));
    const dated = timed.filter(x => x.p !== null);
    const undated = timed.length - dated.length;
    let t0 = Math.min(...dated.map(x => x.p[0]));
    let t1 = Math.max(...dated.map(x => x.p[1]));
    if (dated.length === 0) {
      t0 = 0;
      t1 = DAY;
    }
    const pad = Math.max(DAY / 2, (t1 - t0) * 0.03);
    t0 -= pad;
    t1 += pad;
    const right = WIDTH - (undated ? UNDATED : 10);
    const x = t => LEFT + (t - t0) / (t1 - t0) * (right - LEFT);
    const height = TOP + types.length * LANE + 8;
    const chart = svg('svg', {class: 'tl', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img',
      'aria-label': events.length + ' events over time, by type'});

    types.forEach((type, i) => {
      const y = TOP + i * LANE;
      chart.append(svg('rect', {class: 'lane-bg' + (i % 2 ? ' odd' : ''), x: 0, y, width: WIDTH, height: LANE}),
          svg('text', {class: 'lane-name', x: LEFT - 8, y: y + LANE / 2 + 4, 'text-anchor': 'end'},
              type.toLowerCase()));
    });
    if (dated.length) {
      for (const [t, label] of ticks(t0, t1)) {
        chart.append(svg('line', {class: 'tick', x1: x(t), x2: x(t), y1: TOP - 4, y2: height - 8}),
            svg('text', {class: 'tick-label', x: x(t), y: TOP - 9, 'text-anchor': 'middle'}, label));
      }
    }
    if (undated) {
      chart.append(svg('line', {class: 'tick', x1: right, x2: right, y1: 4, y2: height - 8}),
          svg('text', {class: 'tick-label', x: right + UNDATED / 2, y: TOP - 9, 'text-anchor': 'middle'}, 'no date'));
    }

    // Marks that would fall on one another in a lane are stacked a little apart.
    const seen = new Map();
    for (const {e, p} of timed) {
      const lane = types.indexOf(e.type);
      const cx = p ? x((p[0] + p[1]) / 2) : right + UNDATED / 2;
      const key = lane + ':' + Math.round(cx / 8);
      const k = seen.get(key) || 0;
      seen.set(key, k + 1);
      // Dated marks stack up and down; in the no-date column they stand side by side, five to a row.
      const stack = p ? k : Math.floor(k / 5);
      const cy = TOP + lane * LANE + LANE / 2 + (stack % 2 ? 1 : -1) * Math.min(10, Math.ceil(stack / 2) * 5);
      const shift = p ? 0 : (k % 5 - 2) * 14;
      const status = e.status === 'planned' ? 'ev-planned' : e.status === 'reported' ? 'ev-reported' : 'ev-happened';
      const mark = svg('a', {class: ['ev', status, e.polarity === 'negative' ? 'ev-denied' : null, 'c' + lane % 8]
            .filter(c => c).join(' '), href: hashFor('article', {document: e.document})},
          svg('title', {}, describe(e)));
      if (p && p[1] - p[0] > DAY) {
        mark.append(svg('rect', {class: 'span', x: x(p[0]), y: cy - 2, width: Math.max(2, x(p[1]) - x(p[0])),
          height: 4}));
      }
      mark.append(svg('circle', {cx: cx + shift, cy, r: 5.5}));
      if (e.polarity === 'negative') {
        const d = 6;
        mark.append(svg('path', {class: 'cross', d: `M${cx + shift - d} ${cy - d}L${cx + shift + d} ${cy + d}`
            + `M${cx + shift - d} ${cy + d}L${cx + shift + d} ${cy - d}`}));
      }
      chart.append(mark);
    }
    return el('figure', {class: 'timeline'}, chart,
        el('figcaption', {class: 'tl-key'},
            el('span', {class: 'key key-happened'}), 'happened ', el('span', {class: 'key key-planned'}), 'planned ',
            el('span', {class: 'key key-denied'}, '×'), 'denied · a bar: known only to the week, month or year',
            undated ? ' · ' + undated + ' of ' + events.length + ' events have no date' : ''));
  }

  return {draw, period};
})();
