import { PNG } from 'pngjs';

/**
 * Koers' two Teams icons, drawn in code so they can be regenerated and checked: a compass — the
 * "koers" (heading) — with a needle pointing north-east, forward. Shapes are described in a
 * 0…1 unit square and rasterised with 4×4 supersampling, so edges are smooth at any size.
 *
 * - color.png 192×192: white compass on the brand colour, the needle's tail in the accent colour.
 * - outline.png 32×32: the same mark in white on transparent. Teams requires exactly that:
 *   every pixel is either fully transparent or white (anti-aliasing only varies alpha).
 */

export const BRAND_COLOUR = '#0B5563';
export const ACCENT_COLOUR = '#F4A259';

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
}

const WHITE: Rgb = [255, 255, 255];

/** A shape: does the point (unit coordinates) lie inside? */
type Shape = (x: number, y: number) => boolean;

function ring(cx: number, cy: number, inner: number, outer: number): Shape {
  return (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d >= inner && d <= outer;
  };
}

function disc(cx: number, cy: number, radius: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) <= radius;
}

function triangle(a: Point, b: Point, c: Point): Shape {
  const side = (p: Point, q: Point, x: number, y: number) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s1 = side(a, b, x, y);
    const s2 = side(b, c, x, y);
    const s3 = side(c, a, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

/** A thin radial tick on the ring at `angle` (radians, 0 = north, clockwise). */
function tick(cx: number, cy: number, angle: number, from: number, to: number, halfWidth: number): Shape {
  const ux = Math.sin(angle);
  const uy = -Math.cos(angle);
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * -uy + dy * ux);
    return along >= from && along <= to && across <= halfWidth;
  };
}

interface Compass {
  ring: Shape;
  ticks: Shape;
  needleHead: Shape;
  needleTail: Shape;
  hub: Shape;
}

/** The mark in unit coordinates; `stroke` is the ring's width (thicker at small sizes). */
function compass(stroke: number, withTicks: boolean): Compass {
  const c = 0.5;
  const radius = 0.4;
  const angle = Math.PI / 4; // north-east: forward and up
  const length = 0.27;
  const halfWidth = 0.085;
  const ux = Math.sin(angle);
  const uy = -Math.cos(angle);
  const head: Point = [c + ux * length, c + uy * length];
  const tail: Point = [c - ux * length, c - uy * length];
  const left: Point = [c - uy * halfWidth, c + ux * halfWidth];
  const right: Point = [c + uy * halfWidth, c - ux * halfWidth];
  const tickShapes = withTicks
    ? [0, 1, 2, 3].map((i) => tick(c, c, (i * Math.PI) / 2, radius - stroke / 2 - 0.06, radius, stroke / 3))
    : [];
  return {
    ring: ring(c, c, radius - stroke / 2, radius + stroke / 2),
    ticks: (x, y) => tickShapes.some((s) => s(x, y)),
    needleHead: triangle(head, left, right),
    needleTail: triangle(tail, right, left),
    hub: disc(c, c, 0.035),
  };
}

const SUPERSAMPLE = 4;

/** Fraction of the pixel (px, py) of a size×size image that `shape` covers. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      if (shape((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

function blend(under: Rgb, over: Rgb, alpha: number): Rgb {
  const mix = (i: 0 | 1 | 2) => Math.round(under[i] * (1 - alpha) + over[i] * alpha);
  return [mix(0), mix(1), mix(2)];
}

/** The 192×192 full-colour icon. */
export function drawColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size });
  const background = hexToRgb(BRAND_COLOUR);
  const accent = hexToRgb(ACCENT_COLOUR);
  const mark = compass(0.05, true);
  // Painted back to front; each layer blends over what is below by its coverage.
  const layers: [Shape, Rgb][] = [
    [mark.ring, WHITE],
    [mark.ticks, WHITE],
    [mark.needleTail, accent],
    [mark.needleHead, WHITE],
    [mark.hub, background],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let colour = background;
      for (const [shape, rgb] of layers) {
        const a = coverage(shape, x, y, size);
        if (a > 0) colour = blend(colour, rgb, a);
      }
      const i = (y * size + x) * 4;
      png.data[i] = colour[0];
      png.data[i + 1] = colour[1];
      png.data[i + 2] = colour[2];
      png.data[i + 3] = 255;
    }
  }
  return png;
}

/** The 32×32 outline icon: white on transparent only. */
export function drawOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size });
  const mark = compass(0.085, false);
  // The hub is cut out of the needle, so the mark reads as a compass even in white alone.
  const shape: Shape = (x, y) => mark.ring(x, y) || ((mark.needleHead(x, y) || mark.needleTail(x, y)) && !mark.hub(x, y));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(shape, x, y, size) * 255);
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = alpha;
    }
  }
  return png;
}

export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6 });
}
