// Derives kazakhstan.json from the npm package world-atlas (Natural Earth 1:50m country outlines).
// Run once in a scratch folder, not part of the build:
//   npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node convert.mjs > kazakhstan.json
// Shared borders are simplified once, on the topology's arcs, so that neighbours keep meeting exactly;
// then every ring is clipped to the box around Kazakhstan that the map can show.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const BBOX = [44, 38, 90, 57]; // west, south, east, north
const TOLERANCE = 0.01; // degrees, about 1 km: finer than a pixel at the sizes a page draws
const COUNTRY = '398';
const CODES = {
  '643': 'RU', '156': 'CN', '417': 'KG', '860': 'UZ', '795': 'TM',
  '762': 'TJ', '496': 'MN', '004': 'AF', '364': 'IR', '031': 'AZ', '051': 'AM', '268': 'GE', '792': 'TR',
};

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// Decode the quantised, delta-encoded arcs to degrees and simplify each arc, keeping its end points.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
topology.arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  const points = arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
  return simplify(points, TOLERANCE);
});
delete topology.transform;

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distance(points[i], points[first], points[last]);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}

// Sutherland-Hodgman against the box: exact for a rectangle; concave rings may gain edges along the
// box's border, which lie outside what the map shows.
function clip(ring) {
  const [w, s, e, n] = BBOX;
  const edges = [
    [(p) => p[0] >= w, (a, b) => cross(a, b, 0, w)],
    [(p) => p[0] <= e, (a, b) => cross(a, b, 0, e)],
    [(p) => p[1] >= s, (a, b) => cross(a, b, 1, s)],
    [(p) => p[1] <= n, (a, b) => cross(a, b, 1, n)],
  ];
  let output = ring.slice(0, -1); // open ring
  for (const [inside, intersect] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(intersect(previous, current));
      }
    }
    if (output.length === 0) return null;
  }
  return output.length >= 3 ? output : null;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const other = 1 - axis;
  const point = [];
  point[axis] = value;
  point[other] = a[other] + t * (b[other] - a[other]);
  return point;
}

const round = (v) => Math.round(v * 1000) / 1000;

function rings(geometry) {
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const result = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const clipped = clip(ring);
      if (!clipped) continue;
      const points = [];
      for (const [x, y] of clipped) {
        const p = [round(x), round(y)];
        const last = points[points.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
      }
      if (points.length < 3) continue;
      points.push(points[0]); // closed, as GeoJSON rings are
      result.push(points);
    }
  }
  return result;
}

const countries = feature(topology, topology.objects.countries).features;
const out = {
  source: 'Natural Earth 4.1.0 Admin 0 countries 1:50m (public domain) via world-atlas 2.0.2 (ISC)',
  bbox: BBOX,
  country: { code: 'KZ', rings: rings(countries.find((f) => f.id === COUNTRY).geometry) },
  neighbours: {},
};
for (const f of countries) {
  const code = CODES[f.id];
  if (!code) continue;
  const r = rings(f.geometry);
  if (r.length) out.neighbours[code] = r;
}
process.stdout.write(JSON.stringify(out) + '\n');
