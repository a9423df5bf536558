// Small hand-written SVG charts (no library: three chart shapes, a few dozen lines each). Labels
// are SVG text nodes, so data shown in them is never parsed as markup.

import { svg } from './dom.js';

const W = 640;

/**
 * Vertical bars: items [{label, value, title}], values in 0..max. With `integer` (counts) the axis
 * goes up to the next multiple of 4, so its five ticks are whole numbers evenly apart.
 */
export function bars(items, { max = 1, height = 220, format = (v) => String(v), ariaLabel = 'Bar chart', cls = () => 'bar', integer = false } = {}) {
  const pad = { l: 36, r: 8, t: 18, b: 28 };
  const iw = W - pad.l - pad.r;
  const ih = height - pad.t - pad.b;
  const n = Math.max(1, items.length);
  const bw = iw / n;
  const top = integer ? Math.max(4, Math.ceil((max || 1) / 4) * 4) : max || 1;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  return svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': ariaLabel },
    ticks.map((t) => {
      const y = pad.t + ih - (t / top) * ih;
      return [svg('line', { class: 'grid-line', x1: pad.l, x2: W - pad.r, y1: y, y2: y }),
        svg('text', { x: pad.l - 6, y: y + 4, 'text-anchor': 'end' }, format(t))];
    }),
    items.map((it, i) => {
      const v = it.value == null ? 0 : it.value;
      const bh = (v / top) * ih;
      const x = pad.l + i * bw + bw * 0.15;
      const w = bw * 0.7;
      return svg('g', {},
        svg('rect', { class: cls(it), x, y: pad.t + ih - bh, width: w, height: Math.max(bh, it.value == null ? 0 : 1), rx: 2 },
          svg('title', {}, it.title || `${it.label}: ${format(v)}`)),
        n <= 30 && it.value != null ? svg('text', { class: 'value-label', x: x + w / 2, y: pad.t + ih - bh - 4, 'text-anchor': 'middle' }, format(v)) : null,
        svg('text', { x: x + w / 2, y: height - 10, 'text-anchor': 'middle' }, it.label));
    }),
    svg('line', { class: 'axis', x1: pad.l, x2: W - pad.r, y1: pad.t + ih, y2: pad.t + ih }));
}

/** Lines over time: series [{name, cls, points: [{t: Date, v: number}]}]. */
export function lines(series, { height = 200, minutes = 60, format = (v) => String(Math.round(v)), ariaLabel = 'Line chart' } = {}) {
  const pad = { l: 44, r: 10, t: 12, b: 26 };
  const iw = W - pad.l - pad.r;
  const ih = height - pad.t - pad.b;
  const end = Date.now();
  const start = end - minutes * 60000;
  const all = series.flatMap((s) => s.points.map((p) => p.v)).filter((v) => v != null);
  const max = Math.max(1, ...all) * 1.1;
  const x = (t) => pad.l + ((t - start) / (end - start)) * iw;
  const y = (v) => pad.t + ih - (v / max) * ih;
  const ticks = [0, 0.5, 1].map((f) => f * max);
  const xt = [0, 15, 30, 45, 60].filter((m) => m <= minutes).map((m) => end - (minutes - m) * 60000);
  return svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': ariaLabel },
    ticks.map((t) => [svg('line', { class: 'grid-line', x1: pad.l, x2: W - pad.r, y1: y(t), y2: y(t) }),
      svg('text', { x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, format(t))]),
    xt.map((t) => svg('text', { x: x(t), y: height - 8, 'text-anchor': t === end ? 'end' : t === start ? 'start' : 'middle' }, t === end ? 'now' : `−${Math.round((end - t) / 60000)} min`)),
    series.map((s) => {
      const pts = s.points.filter((p) => p.v != null && p.t >= start).sort((a, b) => a.t - b.t);
      if (!pts.length) return null;
      // A gap of more than two minutes without data breaks the line rather than bridging it.
      const d = pts.map((p, i) => `${i && p.t - pts[i - 1].t <= 120000 ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
      return svg('g', {},
        svg('path', { class: s.cls || 'line', d }),
        pts.map((p) => svg('circle', { cx: x(p.t).toFixed(1), cy: y(p.v).toFixed(1), r: 2.5, class: s.cls === 'line-2' ? 'bar-bad' : 'bar' },
          svg('title', {}, `${s.name}: ${format(p.v)} at ${p.t.toLocaleTimeString()}`))));
    }),
    svg('line', { class: 'axis', x1: pad.l, x2: W - pad.r, y1: pad.t + ih, y2: pad.t + ih }));
}

/**
 * Counts per time bucket as stacked columns over the last {@code minutes}: series [{name, cls,
 * points: [{t: Date, v}]}], the first at the bottom.
 */
export function columns(series, { height = 200, minutes = 60, bucketSeconds = 60, ariaLabel = 'Column chart' } = {}) {
  const pad = { l: 44, r: 10, t: 12, b: 26 };
  const iw = W - pad.l - pad.r;
  const ih = height - pad.t - pad.b;
  const end = Date.now();
  const start = end - minutes * 60000;
  const buckets = new Map();
  for (const s of series) {
    for (const p of s.points) {
      if (p.v == null || p.t < start - bucketSeconds * 1000) continue;
      const key = p.t.getTime();
      if (!buckets.has(key)) buckets.set(key, []);
      buckets.get(key).push({ s, v: p.v });
    }
  }
  const max = Math.max(1, ...[...buckets.values()].map((b) => b.reduce((sum, x) => sum + x.v, 0))) * 1.1;
  const x = (t) => pad.l + ((t - start) / (end - start)) * iw;
  const y = (v) => pad.t + ih - (v / max) * ih;
  const bw = Math.max(2, (iw * bucketSeconds * 1000) / (end - start) - 2);
  const ticks = [0, 0.5, 1].map((f) => Math.round(f * max));
  const xt = [0, 15, 30, 45, 60].filter((m) => m <= minutes).map((m) => end - (minutes - m) * 60000);
  return svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': ariaLabel },
    [...new Set(ticks)].map((t) => [svg('line', { class: 'grid-line', x1: pad.l, x2: W - pad.r, y1: y(t), y2: y(t) }),
      svg('text', { x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, String(t))]),
    xt.map((t) => svg('text', { x: x(t), y: height - 8, 'text-anchor': t === end ? 'end' : t === start ? 'start' : 'middle' }, t === end ? 'now' : `−${Math.round((end - t) / 60000)} min`)),
    [...buckets.entries()].map(([t, parts]) => {
      let base = 0;
      return parts.filter((p) => p.v > 0).map((p) => {
        const r = svg('rect', { class: p.s.cls, x: Math.max(pad.l, x(t)).toFixed(1), y: y(base + p.v).toFixed(1), width: bw.toFixed(1), height: (y(base) - y(base + p.v)).toFixed(1) },
          svg('title', {}, `${p.v} ${p.s.name} in the minute from ${new Date(t).toLocaleTimeString()}`));
        base += p.v;
        return r;
      });
    }),
    svg('line', { class: 'axis', x1: pad.l, x2: W - pad.r, y1: pad.t + ih, y2: pad.t + ih }));
}
