import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { typo } from './typography';

/*
 * Demo pictures drawn from SVG shapes only (no text: fonts may be missing on a fresh machine),
 * rasterised with sharp and stored through Strapi's upload service.
 */

/** Deterministic pseudo-random generator (mulberry32) seeded by a string. */
export function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i += 1) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export type Motif =
  | 'industry'
  | 'sea'
  | 'battery'
  | 'chemistry'
  | 'energy'
  | 'glass'
  | 'recycling'
  | 'logistics'
  | 'btp'
  | 'steel'
  | 'people'
  | 'map'
  | 'truck'
  | 'building';

export type Palette = { from: string; to: string; shape: string; accent: string; light: string };

export const PALETTES: Record<string, Palette> = {
  navy: { from: '#0B3D6B', to: '#0E7C7B', shape: '#E8F1F8', accent: '#F2A900', light: '#9CC7E4' },
  dusk: { from: '#14213D', to: '#3A5A8C', shape: '#F4EBDC', accent: '#F2A900', light: '#B9C6DB' },
  teal: { from: '#0E5E5D', to: '#2BA39A', shape: '#F0FAF8', accent: '#FFD166', light: '#A7DED7' },
  steel: { from: '#2E3440', to: '#5E6B7D', shape: '#ECEFF4', accent: '#F28C28', light: '#C4CBD6' },
  green: { from: '#1E5631', to: '#4C9A2A', shape: '#F1F8E9', accent: '#F2A900', light: '#B7DCA4' },
  sea: { from: '#05386B', to: '#379683', shape: '#EDF5E1', accent: '#F2A900', light: '#8EE4AF' },
  plum: { from: '#3D1E6D', to: '#8763C4', shape: '#F6F0FF', accent: '#FFC857', light: '#CDB8F0' },
  sand: { from: '#7A4E1D', to: '#C9862B', shape: '#FFF7EC', accent: '#0B3D6B', light: '#F1D2A6' },
};

function gradient(id: string, p: Palette, vertical = false): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="1"><stop offset="0" stop-color="${p.from}"/><stop offset="1" stop-color="${p.to}"/></linearGradient>`;
}

function waves(w: number, h: number, y: number, color: string, opacity: number, rand: () => number): string {
  const amp = 10 + rand() * 14;
  const len = 140 + rand() * 80;
  let d = `M0 ${y}`;
  for (let x = 0; x <= w + len; x += len) {
    d += ` q ${r1(len / 4)} ${r1(-amp)} ${r1(len / 2)} 0 t ${r1(len / 2)} 0`;
  }
  d += ` L ${w + len} ${h} L 0 ${h} Z`;
  return `<path d="${d}" fill="${color}" fill-opacity="${opacity}"/>`;
}

function turbine(x: number, y: number, size: number, color: string, angle: number): string {
  const blade = `<path d="M0 0 L ${r1(size * 0.06)} ${r1(-size * 0.5)} L 0 ${r1(-size * 0.56)} L ${r1(-size * 0.04)} ${r1(-size * 0.5)} Z" fill="${color}"/>`;
  return `<g transform="translate(${r1(x)} ${r1(y)})"><rect x="${r1(-size * 0.02)}" y="0" width="${r1(size * 0.04)}" height="${r1(size)}" fill="${color}"/><g transform="rotate(${r1(angle)})">${blade}<g transform="rotate(120)">${blade}</g><g transform="rotate(240)">${blade}</g></g><circle r="${r1(size * 0.05)}" fill="${color}"/></g>`;
}

function factory(x: number, base: number, scale: number, color: string, rand: () => number): string {
  const w = 220 * scale;
  const h = 90 * scale;
  const teeth = 4;
  let d = `M ${r1(x)} ${base} L ${r1(x)} ${r1(base - h)}`;
  for (let i = 0; i < teeth; i += 1) {
    const tx = x + (w / teeth) * i;
    d += ` L ${r1(tx + w / teeth)} ${r1(base - h - 40 * scale)} L ${r1(tx + w / teeth)} ${r1(base - h)}`;
  }
  d += ` L ${r1(x + w)} ${base} Z`;
  const chimneyX = x + w * (0.15 + rand() * 0.5);
  const chimneyH = (140 + rand() * 90) * scale;
  return `<path d="${d}" fill="${color}"/><rect x="${r1(chimneyX)}" y="${r1(base - chimneyH)}" width="${r1(18 * scale)}" height="${r1(chimneyH)}" fill="${color}"/>`;
}

function hexagon(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const a = (Math.PI / 3) * i + Math.PI / 6;
    pts.push(`${r1(cx + r * Math.cos(a))},${r1(cy + r * Math.sin(a))}`);
  }
  return pts.join(' ');
}

function container(x: number, y: number, w: number, h: number, color: string): string {
  let ribs = '';
  for (let i = 1; i < 6; i += 1) {
    ribs += `<rect x="${r1(x + (w / 6) * i - 1)}" y="${r1(y + 4)}" width="2" height="${r1(h - 8)}" fill="#000" fill-opacity="0.12"/>`;
  }
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" rx="3" fill="${color}"/>${ribs}`;
}

function person(x: number, base: number, size: number, color: string): string {
  return `<circle cx="${r1(x)}" cy="${r1(base - size * 1.55)}" r="${r1(size * 0.32)}" fill="${color}"/><path d="M ${r1(x - size * 0.55)} ${base} Q ${r1(x - size * 0.55)} ${r1(base - size * 1.15)} ${r1(x)} ${r1(base - size * 1.15)} Q ${r1(x + size * 0.55)} ${r1(base - size * 1.15)} ${r1(x + size * 0.55)} ${base} Z" fill="${color}"/>`;
}

function motifLayer(motif: Motif, w: number, h: number, p: Palette, rand: () => number): string {
  const base = h * 0.78;
  switch (motif) {
    case 'industry': {
      let out = `<circle cx="${r1(w * 0.78)}" cy="${r1(h * 0.28)}" r="${r1(h * 0.13)}" fill="${p.accent}" fill-opacity="0.9"/>`;
      out += factory(w * 0.08, base, 1.6, p.shape, rand) + factory(w * 0.42, base, 1.2, p.light, rand);
      out += turbine(w * 0.86, base - h * 0.42, h * 0.42, p.shape, rand() * 120);
      out += waves(w, h, base + 6, p.shape, 0.25, rand);
      return out;
    }
    case 'sea': {
      let out = `<circle cx="${r1(w * 0.2)}" cy="${r1(h * 0.3)}" r="${r1(h * 0.11)}" fill="${p.accent}"/>`;
      out += `<path d="M ${r1(w * 0.45)} ${r1(base - 30)} L ${r1(w * 0.9)} ${r1(base - 30)} L ${r1(w * 0.86)} ${r1(base + 10)} L ${r1(w * 0.49)} ${r1(base + 10)} Z" fill="${p.shape}"/>`;
      const colors = [p.accent, p.light, p.shape, p.light];
      for (let i = 0; i < 7; i += 1) {
        out += container(w * 0.48 + i * 52, base - 66 - (i % 2) * 34, 48, 32, colors[i % colors.length]);
      }
      out += waves(w, h, base + 8, p.light, 0.55, rand) + waves(w, h, base + 36, p.shape, 0.35, rand);
      return out;
    }
    case 'battery': {
      let out = '';
      for (let i = 0; i < 5; i += 1) {
        const x = w * 0.12 + i * w * 0.16;
        const bh = h * (0.35 + rand() * 0.25);
        const fill = 0.3 + rand() * 0.6;
        out += `<rect x="${r1(x + 26)}" y="${r1(base - bh - 16)}" width="48" height="18" rx="4" fill="${p.shape}"/>`;
        out += `<rect x="${r1(x)}" y="${r1(base - bh)}" width="100" height="${r1(bh)}" rx="14" fill="none" stroke="${p.shape}" stroke-width="8"/>`;
        out += `<rect x="${r1(x + 12)}" y="${r1(base - bh * fill + 4)}" width="76" height="${r1(bh * fill - 16)}" rx="6" fill="${i % 2 ? p.accent : p.light}"/>`;
      }
      return out;
    }
    case 'chemistry': {
      let out = '';
      const cx = w * 0.55;
      const cy = h * 0.5;
      const nodes: [number, number][] = [];
      for (let i = 0; i < 7; i += 1) {
        const a = rand() * Math.PI * 2;
        const d = 60 + rand() * 200;
        nodes.push([cx + Math.cos(a) * d * 1.6, cy + Math.sin(a) * d * 0.8]);
      }
      for (let i = 1; i < nodes.length; i += 1) {
        const [x1, y1] = nodes[i - 1];
        const [x2, y2] = nodes[i];
        out += `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${p.light}" stroke-width="6"/>`;
      }
      nodes.forEach(([x, y], i) => {
        out += `<polygon points="${hexagon(x, y, 34 + (i % 3) * 10)}" fill="${i % 3 === 0 ? p.accent : p.shape}"/>`;
      });
      return out;
    }
    case 'energy': {
      let out = `<circle cx="${r1(w * 0.18)}" cy="${r1(h * 0.3)}" r="${r1(h * 0.12)}" fill="${p.accent}"/>`;
      for (let i = 0; i < 4; i += 1) {
        out += turbine(w * (0.35 + i * 0.17), base - h * (0.45 - i * 0.04), h * (0.45 - i * 0.06), i % 2 ? p.light : p.shape, rand() * 120);
      }
      out += waves(w, h, base, p.shape, 0.3, rand);
      return out;
    }
    case 'glass': {
      let out = '';
      for (let i = 0; i < 6; i += 1) {
        const x = w * 0.1 + rand() * w * 0.7;
        const y = h * 0.12 + rand() * h * 0.45;
        out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(140 + rand() * 160)}" height="${r1(120 + rand() * 140)}" rx="18" fill="${i % 2 ? p.light : p.shape}" fill-opacity="${r1(0.25 + rand() * 0.35)}"/>`;
      }
      out += `<path d="M ${r1(w * 0.3)} ${base} L ${r1(w * 0.3)} ${r1(base - 120)} A 140 120 0 0 1 ${r1(w * 0.3 + 280)} ${r1(base - 120)} L ${r1(w * 0.3 + 280)} ${base} Z" fill="${p.shape}"/>`;
      out += `<path d="M ${r1(w * 0.3 + 90)} ${base} L ${r1(w * 0.3 + 90)} ${r1(base - 90)} A 50 46 0 0 1 ${r1(w * 0.3 + 190)} ${r1(base - 90)} L ${r1(w * 0.3 + 190)} ${base} Z" fill="${p.accent}"/>`;
      return out;
    }
    case 'recycling': {
      const cx = w * 0.5;
      const cy = h * 0.5;
      const r = h * 0.3;
      let out = `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r + 40)}" fill="${p.shape}" fill-opacity="0.12"/>`;
      for (let i = 0; i < 3; i += 1) {
        const a0 = (i * 2 * Math.PI) / 3 - Math.PI / 2 + 0.25;
        const a1 = a0 + (2 * Math.PI) / 3 - 0.5;
        const x0 = cx + r * Math.cos(a0);
        const y0 = cy + r * Math.sin(a0);
        const x1 = cx + r * Math.cos(a1);
        const y1 = cy + r * Math.sin(a1);
        const color = [p.shape, p.accent, p.light][i];
        out += `<path d="M ${r1(x0)} ${r1(y0)} A ${r1(r)} ${r1(r)} 0 0 1 ${r1(x1)} ${r1(y1)}" fill="none" stroke="${color}" stroke-width="34" stroke-linecap="round"/>`;
        const tx = cx + (r + 0) * Math.cos(a1 + 0.18);
        const ty = cy + (r + 0) * Math.sin(a1 + 0.18);
        out += `<circle cx="${r1(tx)}" cy="${r1(ty)}" r="26" fill="${color}"/>`;
      }
      return out;
    }
    case 'logistics': {
      let out = `<rect x="${r1(w * 0.62)}" y="${r1(h * 0.14)}" width="16" height="${r1(base - h * 0.14)}" fill="${p.shape}"/><rect x="${r1(w * 0.9)}" y="${r1(h * 0.14)}" width="16" height="${r1(base - h * 0.14)}" fill="${p.shape}"/><rect x="${r1(w * 0.45)}" y="${r1(h * 0.14)}" width="${r1(w * 0.5)}" height="22" fill="${p.shape}"/><rect x="${r1(w * 0.7)}" y="${r1(h * 0.18)}" width="6" height="${r1(h * 0.22)}" fill="${p.light}"/>`;
      out += container(w * 0.66, h * 0.4, 90, 44, p.accent);
      const colors = [p.light, p.accent, p.shape];
      for (let row = 0; row < 4; row += 1) {
        for (let col = 0; col < 5 - row; col += 1) {
          out += container(w * 0.05 + col * 104 + row * 26, base - (row + 1) * 50, 98, 46, colors[(row + col) % 3]);
        }
      }
      return out;
    }
    case 'btp': {
      let out = '';
      const y = h * 0.3;
      out += `<rect x="${r1(w * 0.1)}" y="${r1(y)}" width="${r1(w * 0.8)}" height="16" fill="${p.shape}"/><rect x="${r1(w * 0.1)}" y="${r1(y + 110)}" width="${r1(w * 0.8)}" height="16" fill="${p.shape}"/>`;
      for (let i = 0; i < 8; i += 1) {
        const x = w * 0.1 + i * w * 0.1;
        out += `<line x1="${r1(x)}" y1="${r1(y + 16)}" x2="${r1(x + w * 0.1)}" y2="${r1(y + 110)}" stroke="${p.light}" stroke-width="10"/>`;
      }
      out += `<rect x="${r1(w * 0.72)}" y="${r1(h * 0.06)}" width="14" height="${r1(base - h * 0.06)}" fill="${p.accent}"/><rect x="${r1(w * 0.5)}" y="${r1(h * 0.06)}" width="${r1(w * 0.4)}" height="12" fill="${p.accent}"/>`;
      out += `<path d="M ${r1(w * 0.2)} ${base} Q ${r1(w * 0.2)} ${r1(base - 110)} ${r1(w * 0.28)} ${r1(base - 110)} Q ${r1(w * 0.36)} ${r1(base - 110)} ${r1(w * 0.36)} ${base} Z" fill="${p.accent}"/>`;
      return out;
    }
    case 'steel': {
      let out = `<path d="M ${r1(w * 0.3)} ${r1(h * 0.3)} L ${r1(w * 0.55)} ${r1(h * 0.3)} L ${r1(w * 0.51)} ${r1(h * 0.62)} L ${r1(w * 0.34)} ${r1(h * 0.62)} Z" fill="${p.shape}"/>`;
      out += `<path d="M ${r1(w * 0.55)} ${r1(h * 0.33)} Q ${r1(w * 0.66)} ${r1(h * 0.4)} ${r1(w * 0.64)} ${base} L ${r1(w * 0.6)} ${base} Q ${r1(w * 0.62)} ${r1(h * 0.45)} ${r1(w * 0.55)} ${r1(h * 0.4)} Z" fill="${p.accent}"/>`;
      for (let i = 0; i < 24; i += 1) {
        out += `<circle cx="${r1(w * 0.62 + (rand() - 0.5) * 260)}" cy="${r1(base - rand() * 120)}" r="${r1(2 + rand() * 6)}" fill="${p.accent}" fill-opacity="${r1(0.5 + rand() * 0.5)}"/>`;
      }
      out += `<rect x="0" y="${base}" width="${w}" height="${r1(h - base)}" fill="${p.shape}" fill-opacity="0.2"/>`;
      for (let i = 0; i < 4; i += 1) {
        out += `<rect x="${r1(w * 0.06 + i * 60)}" y="${r1(base - 30 - i * 12)}" width="52" height="${r1(30 + i * 12)}" fill="${p.light}"/>`;
      }
      return out;
    }
    case 'people': {
      let out = `<circle cx="${r1(w * 0.5)}" cy="${r1(h * 0.55)}" r="${r1(h * 0.42)}" fill="${p.shape}" fill-opacity="0.1"/>`;
      const colors = [p.shape, p.accent, p.light];
      for (let i = 0; i < 7; i += 1) {
        const size = 70 + rand() * 40;
        out += person(w * 0.15 + i * w * 0.115, h, size * (i % 2 ? 1.1 : 1.3), colors[i % 3]);
      }
      return out;
    }
    case 'map': {
      const pts: [number, number][] = [
        [0.62, 0.24],
        [0.22, 0.38],
        [0.4, 0.74],
        [0.72, 0.7],
      ];
      let out = `<polygon points="${pts.map(([x, y]) => `${r1(x * w)},${r1(y * h)}`).join(' ')}" fill="${p.shape}" fill-opacity="0.14" stroke="${p.shape}" stroke-width="5" stroke-dasharray="18 12"/>`;
      pts.forEach(([x, y], i) => {
        out += `<circle cx="${r1(x * w)}" cy="${r1(y * h)}" r="${i === 0 ? 30 : 22}" fill="${i === 0 ? p.accent : p.shape}"/>`;
      });
      out += waves(w, h, h * 0.16, p.light, 0.0, rand);
      return out;
    }
    case 'truck': {
      let out = `<rect x="${r1(w * 0.18)}" y="${r1(base - 200)}" width="${r1(w * 0.5)}" height="170" rx="14" fill="${p.shape}"/>`;
      out += `<rect x="${r1(w * 0.22)}" y="${r1(base - 170)}" width="${r1(w * 0.14)}" height="80" rx="8" fill="${p.accent}"/><rect x="${r1(w * 0.4)}" y="${r1(base - 170)}" width="${r1(w * 0.24)}" height="24" rx="8" fill="${p.light}"/><rect x="${r1(w * 0.4)}" y="${r1(base - 134)}" width="${r1(w * 0.18)}" height="24" rx="8" fill="${p.light}"/>`;
      out += `<path d="M ${r1(w * 0.69)} ${r1(base - 150)} L ${r1(w * 0.8)} ${r1(base - 150)} L ${r1(w * 0.86)} ${r1(base - 80)} L ${r1(w * 0.86)} ${r1(base - 30)} L ${r1(w * 0.69)} ${r1(base - 30)} Z" fill="${p.shape}"/><path d="M ${r1(w * 0.72)} ${r1(base - 136)} L ${r1(w * 0.79)} ${r1(base - 136)} L ${r1(w * 0.83)} ${r1(base - 92)} L ${r1(w * 0.72)} ${r1(base - 92)} Z" fill="${p.from}"/>`;
      for (const x of [0.27, 0.57, 0.78]) {
        out += `<circle cx="${r1(w * x)}" cy="${r1(base - 20)}" r="40" fill="${p.from}" stroke="${p.shape}" stroke-width="12"/>`;
      }
      out += `<rect x="0" y="${r1(base + 22)}" width="${w}" height="6" fill="${p.light}" fill-opacity="0.6"/>`;
      return out;
    }
    case 'building': {
      let out = `<rect x="${r1(w * 0.2)}" y="${r1(h * 0.25)}" width="${r1(w * 0.6)}" height="${r1(base - h * 0.25)}" fill="${p.shape}"/>`;
      for (let row = 0; row < 3; row += 1) {
        for (let col = 0; col < 6; col += 1) {
          out += `<rect x="${r1(w * 0.24 + col * w * 0.09)}" y="${r1(h * 0.31 + row * 70)}" width="${r1(w * 0.06)}" height="44" rx="4" fill="${(row + col) % 4 === 0 ? p.accent : p.light}"/>`;
        }
      }
      out += `<rect x="${r1(w * 0.46)}" y="${r1(base - 90)}" width="${r1(w * 0.08)}" height="90" fill="${p.from}"/>`;
      out += `<rect x="${r1(w * 0.12)}" y="${r1(base - 64)}" width="${r1(w * 0.05)}" height="64" rx="10" fill="${p.light}"/>`;
      return out;
    }
    default:
      return '';
  }
}

/** Wide cover picture (1200×630 by default). */
export function coverSvg(seed: string, motif: Motif, palette: Palette, w = 1200, h = 630): string {
  const rand = rng(seed);
  let decor = '';
  for (let i = 0; i < 5; i += 1) {
    decor += `<circle cx="${r1(rand() * w)}" cy="${r1(rand() * h * 0.6)}" r="${r1(30 + rand() * 140)}" fill="#FFFFFF" fill-opacity="${r1(0.03 + rand() * 0.05)}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${gradient('g', palette)}</defs><rect width="${w}" height="${h}" fill="url(#g)"/>${decor}${motifLayer(motif, w, h, palette, rand)}</svg>`;
}

export type LogoShape =
  | 'hexagon'
  | 'chevrons'
  | 'wave'
  | 'orbit'
  | 'bolt'
  | 'grid'
  | 'drop'
  | 'arch'
  | 'triangle'
  | 'ring'
  | 'sun'
  | 'plus'
  | 'leaf'
  | 'split'
  | 'pill'
  | 'diamond'
  | 'steps'
  | 'stripes'
  | 'stack'
  | 'turbine';

/** Square geometric mark (256×256). */
export function logoSvg(shape: LogoShape, primary: string, secondary: string, background = '#FFFFFF'): string {
  const s = 256;
  let mark = '';
  switch (shape) {
    case 'hexagon':
      mark = `<polygon points="${hexagon(128, 128, 92)}" fill="${primary}"/><polygon points="${hexagon(128, 128, 46)}" fill="${secondary}"/>`;
      break;
    case 'chevrons':
      mark = `<path d="M 48 170 L 128 90 L 208 170" fill="none" stroke="${primary}" stroke-width="30" stroke-linejoin="round"/><path d="M 78 200 L 128 150 L 178 200" fill="none" stroke="${secondary}" stroke-width="24" stroke-linejoin="round"/>`;
      break;
    case 'wave':
      mark = `<circle cx="128" cy="128" r="96" fill="${primary}"/><path d="M 40 140 q 22 -26 44 0 t 44 0 t 44 0 t 44 0" fill="none" stroke="${secondary}" stroke-width="16" stroke-linecap="round"/><path d="M 52 176 q 19 -22 38 0 t 38 0 t 38 0 t 38 0" fill="none" stroke="#FFFFFF" stroke-width="12" stroke-linecap="round"/>`;
      break;
    case 'orbit':
      mark = `<circle cx="128" cy="128" r="38" fill="${primary}"/><ellipse cx="128" cy="128" rx="104" ry="42" fill="none" stroke="${secondary}" stroke-width="14" transform="rotate(-28 128 128)"/><circle cx="214" cy="86" r="14" fill="${primary}"/>`;
      break;
    case 'bolt':
      mark = `<rect x="44" y="44" width="168" height="168" rx="40" fill="${primary}"/><polygon points="140,62 86,140 124,140 112,196 170,112 132,112" fill="${secondary}"/>`;
      break;
    case 'grid':
      for (let i = 0; i < 3; i += 1) {
        for (let j = 0; j < 3; j += 1) {
          mark += `<rect x="${52 + i * 54}" y="${52 + j * 54}" width="44" height="44" rx="8" fill="${(i + j) % 2 ? secondary : primary}"/>`;
        }
      }
      break;
    case 'drop':
      mark = `<path d="M128 36 C 170 96 200 130 200 164 A 72 72 0 0 1 56 164 C 56 130 86 96 128 36 Z" fill="${primary}"/><circle cx="104" cy="170" r="22" fill="${secondary}"/>`;
      break;
    case 'arch':
      mark = `<path d="M 52 210 L 52 128 A 76 76 0 0 1 204 128 L 204 210 Z" fill="${primary}"/><path d="M 96 210 L 96 136 A 32 32 0 0 1 160 136 L 160 210 Z" fill="${secondary}"/>`;
      break;
    case 'triangle':
      mark = `<polygon points="128,40 220,200 36,200" fill="${primary}"/><polygon points="128,112 172,188 84,188" fill="${secondary}"/>`;
      break;
    case 'ring':
      mark = `<circle cx="128" cy="128" r="84" fill="none" stroke="${primary}" stroke-width="30"/><circle cx="128" cy="128" r="30" fill="${secondary}"/>`;
      break;
    case 'sun':
      for (let i = 0; i < 8; i += 1) {
        mark += `<rect x="120" y="28" width="16" height="40" rx="8" fill="${secondary}" transform="rotate(${i * 45} 128 128)"/>`;
      }
      mark += `<circle cx="128" cy="128" r="54" fill="${primary}"/>`;
      break;
    case 'plus':
      mark = `<rect x="98" y="40" width="60" height="176" rx="18" fill="${primary}"/><rect x="40" y="98" width="176" height="60" rx="18" fill="${primary}"/><circle cx="128" cy="128" r="20" fill="${secondary}"/>`;
      break;
    case 'leaf':
      mark = `<path d="M 56 200 C 56 110 110 56 200 56 C 200 146 146 200 56 200 Z" fill="${primary}"/><path d="M 70 186 L 170 86" stroke="${secondary}" stroke-width="12" stroke-linecap="round"/>`;
      break;
    case 'split':
      mark = `<path d="M 128 36 A 92 92 0 0 0 128 220 Z" fill="${primary}"/><path d="M 128 36 A 92 92 0 0 1 128 220 Z" fill="${secondary}"/>`;
      break;
    case 'pill':
      mark = `<rect x="40" y="70" width="176" height="56" rx="28" fill="${primary}"/><rect x="40" y="136" width="120" height="56" rx="28" fill="${secondary}"/>`;
      break;
    case 'diamond':
      mark = `<polygon points="128,30 226,128 128,226 30,128" fill="${primary}"/><polygon points="128,84 172,128 128,172 84,128" fill="${secondary}"/>`;
      break;
    case 'steps':
      mark = `<path d="M 40 216 L 40 160 L 96 160 L 96 108 L 152 108 L 152 56 L 216 56 L 216 216 Z" fill="${primary}"/><rect x="160" y="64" width="48" height="40" fill="${secondary}"/>`;
      break;
    case 'stripes':
      mark = `<defs><clipPath id="c"><circle cx="128" cy="128" r="92"/></clipPath></defs><g clip-path="url(#c)"><rect x="0" y="36" width="256" height="184" fill="${secondary}"/><rect x="0" y="58" width="256" height="30" fill="${primary}"/><rect x="0" y="113" width="256" height="30" fill="${primary}"/><rect x="0" y="168" width="256" height="30" fill="${primary}"/></g>`;
      break;
    case 'stack':
      mark = `<rect x="44" y="148" width="80" height="56" rx="6" fill="${primary}"/><rect x="132" y="148" width="80" height="56" rx="6" fill="${secondary}"/><rect x="88" y="84" width="80" height="56" rx="6" fill="${primary}"/><rect x="120" y="44" width="14" height="40" fill="${primary}"/>`;
      break;
    case 'turbine':
      mark = `<path d="M 116 228 L 122 118 L 134 118 L 140 228 Z" fill="${primary}"/>${[0, 120, 240]
        .map((a) => `<path d="M 128 118 L 150 60 L 128 22 L 108 64 Z" fill="${secondary}" transform="rotate(${a} 128 118)"/>`)
        .join('')}<circle cx="128" cy="118" r="18" fill="${primary}"/>`;
      break;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}"><rect width="${s}" height="${s}" rx="32" fill="${background}"/>${mark}</svg>`;
}

/** Abstract portrait (480×480): a silhouette on a soft gradient. */
export function portraitSvg(seed: string, palette: Palette): string {
  const rand = rng(seed);
  const s = 480;
  const headY = 180 + rand() * 16;
  const tones = ['#F3D9C4', '#E0B08D', '#B9825C', '#8A5A3C', '#F6E3D4'];
  const skin = tones[Math.floor(rand() * tones.length)];
  const hairColor = ['#2B2B2B', '#4A3222', '#7A4E2A', '#C9A46A', '#9A9A9A'][Math.floor(rand() * 5)];
  const style = Math.floor(rand() * 3);
  const hairBack =
    style === 0
      ? `<rect x="146" y="${r1(headY - 90)}" width="188" height="${r1(190)}" rx="90" fill="${hairColor}"/>`
      : style === 1
        ? `<circle cx="240" cy="${r1(headY - 12)}" r="90" fill="${hairColor}"/>`
        : `<circle cx="240" cy="${r1(headY - 6)}" r="86" fill="${hairColor}"/><circle cx="240" cy="${r1(headY - 78)}" r="34" fill="${hairColor}"/>`;
  let dots = '';
  for (let i = 0; i < 6; i += 1) {
    dots += `<circle cx="${r1(rand() * s)}" cy="${r1(rand() * s * 0.5)}" r="${r1(10 + rand() * 40)}" fill="#FFFFFF" fill-opacity="0.08"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}"><defs>${gradient('g', palette, true)}</defs><rect width="${s}" height="${s}" fill="url(#g)"/>${dots}${hairBack}<rect x="214" y="${r1(headY + 50)}" width="52" height="70" rx="20" fill="${skin}"/><path d="M 80 480 Q 80 ${r1(headY + 120)} 240 ${r1(headY + 108)} Q 400 ${r1(headY + 120)} 400 480 Z" fill="${palette.accent}"/><circle cx="240" cy="${r1(headY)}" r="76" fill="${skin}"/></svg>`;
}

/** A one-page PDF colour chart (vector swatches, no text). */
export function paletteSvgToPdf(colors: string[]): Buffer {
  const width = 595;
  const height = 842;
  const ops: string[] = [];
  colors.forEach((hex, i) => {
    const r = parseInt(hex.slice(1, 3), 16) / 255;
    const g = parseInt(hex.slice(3, 5), 16) / 255;
    const b = parseInt(hex.slice(5, 7), 16) / 255;
    const col = i % 2;
    const row = Math.floor(i / 2);
    ops.push(`${r.toFixed(3)} ${g.toFixed(3)} ${b.toFixed(3)} rg ${60 + col * 250} ${700 - row * 150} 225 120 re f`);
  });
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents 4 0 R /Resources << >> >>`,
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

type UploadedFile = { id: number };

export type MediaOptions = { name: string; alt: string; caption?: string };

/**
 * Renders and uploads pictures, each once per key. Requests run in the background, at most
 * `concurrency` at a time, so that pictures can be asked for early and awaited when needed.
 */
export class MediaLibrary {
  private readonly pending = new Map<string, Promise<number>>();
  private readonly waiting: (() => void)[] = [];
  private active = 0;
  private dir = '';
  count = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly concurrency = 2,
  ) {}

  async open(): Promise<void> {
    this.dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk20000-seed-'));
  }

  /** Waits for every requested picture, then removes the temporary files. */
  async close(): Promise<void> {
    await Promise.allSettled(this.pending.values());
    if (this.dir) await fs.rm(this.dir, { recursive: true, force: true });
  }

  png(key: string, svg: string, options: MediaOptions): Promise<number> {
    return this.request(key, async () => {
      const buffer = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
      return this.store(buffer, 'png', 'image/png', options);
    });
  }

  webp(key: string, svg: string, options: MediaOptions): Promise<number> {
    return this.request(key, async () => {
      const buffer = await sharp(Buffer.from(svg)).webp({ quality: 72, effort: 4 }).toBuffer();
      return this.store(buffer, 'webp', 'image/webp', options);
    });
  }

  pdf(key: string, buffer: Buffer, options: MediaOptions): Promise<number> {
    return this.request(key, () => this.store(buffer, 'pdf', 'application/pdf', options));
  }

  private request(key: string, job: () => Promise<number>): Promise<number> {
    const known = this.pending.get(key);
    if (known) return known;
    const promise = this.limit(job);
    // Marks the rejection as handled while the picture is not awaited yet; awaiting it still throws.
    promise.catch(() => undefined);
    this.pending.set(key, promise);
    return promise;
  }

  /** Runs the job when a slot is free; a finished job hands its slot straight to the next waiting one. */
  private async limit<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  private async store(buffer: Buffer, ext: string, mimetype: string, options: MediaOptions): Promise<number> {
    const filename = `${options.name}.${ext}`;
    const filepath = path.join(this.dir, filename);
    await fs.writeFile(filepath, buffer);
    const uploaded = (await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: filename, alternativeText: typo(options.alt), caption: typo(options.caption ?? '') } },
        files: { filepath, originalFilename: filename, mimetype, size: buffer.length },
      })) as UploadedFile[];
    this.count += 1;
    return uploaded[0].id;
  }
}

/** The « 20 000 emplois durables » mark: rising bars above a wave, on a rounded square. */
export function brandMarkSvg(
  colors: { background: string; bars: string; accent: string; wave: string },
  size = 512,
): string {
  const bars = [
    { x: 120, h: 110 },
    { x: 200, h: 170 },
    { x: 280, h: 230 },
  ];
  const base = 330;
  let shapes = '';
  bars.forEach((bar, i) => {
    shapes += `<rect x="${bar.x}" y="${base - bar.h}" width="56" height="${bar.h}" rx="12" fill="${i === 2 ? colors.accent : colors.bars}"/>`;
  });
  shapes += `<circle cx="392" cy="120" r="34" fill="${colors.accent}"/>`;
  shapes += `<path d="M 96 386 q 40 -36 80 0 t 80 0 t 80 0 t 80 0" fill="none" stroke="${colors.wave}" stroke-width="24" stroke-linecap="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="${colors.background}"/>${shapes}</svg>`;
}
