// Pure: stable colours per series name, so a commodity, country or route keeps its colour
// across charts, scenarios and pages. Palette: Okabe–Ito (colour-blind safe) plus two greys.

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8B6D00', '#000000', '#6A3D9A', '#7F7F7F'];

const NAMED: Record<string, string> = {
  Oil: '#000000',
  LNG: '#0072B2',
  Coal: '#7F7F7F',
  Copper: '#D55E00',
  Zinc: '#56B4E9',
  Gold: '#E69F00',
  Russia: '#D55E00',
  China: '#CC79A7',
  'United States': '#0072B2',
  World: '#000000',
  'Tunnel Rail': '#009E73',
  'Northern Sea Route': '#0072B2',
  'Bering Strait': '#8B6D00',
  Transpolar: '#6A3D9A',
  'Trans-Pacific': '#CC79A7',
  Suez: '#E69F00',
};

/** The colour of a named series: a fixed one for known names, else a palette colour from a hash of the name. */
export function colorFor(name: string): string {
  const named = NAMED[name];
  if (named) return named;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#000000';
}
