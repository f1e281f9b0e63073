// Pure: data and small pure helpers only. The corridor network (ADR 022): nodes from the project's
// gazetteer (corridor-nodes.csv), segments with their km, mode, ice zone and whether the corridor
// builds them, each with its source; "assumption:" marks a distance no source gives. Paths over the
// network give the transit routes their distances, new-rail km and days.
import type { IceZone } from './types';

/** A node of the network (ids as in the reference gazetteer). */
export interface CorridorNode {
  id: string;
  name: string;
  /** 'Asia' or 'North America': the side of the strait, for the direction of crossings. */
  side: 'Asia' | 'North America';
}

/** One segment between two nodes. */
export interface CorridorSegment {
  from: string;
  to: string;
  km: number;
  mode: 'rail' | 'sea';
  /** Ice zone of a sea segment (null: open water all year). */
  iceZone: IceZone | null;
  /** Rail the corridor builds (its line haul is the link's revenue, ADR 020). */
  isNew: boolean;
  /** Crosses the strait (the tunnel). */
  isStrait: boolean;
  source: string;
}

/** Nodes of the transit paths, west to east. */
export const CORRIDOR_NODES: readonly CorridorNode[] = [
  { id: 'shanghai', name: 'Shanghai', side: 'Asia' },
  { id: 'harbin', name: 'Harbin', side: 'Asia' },
  { id: 'zabaikalsk', name: 'Zabaikalsk–Manzhouli', side: 'Asia' },
  { id: 'karymskaya', name: 'Karymskaya', side: 'Asia' },
  { id: 'bamovskaya', name: 'Bamovskaya', side: 'Asia' },
  { id: 'nizhny-bestyakh', name: 'Nizhny Bestyakh (Yakutsk)', side: 'Asia' },
  { id: 'uelen', name: 'Uelen', side: 'Asia' },
  { id: 'wales', name: 'Wales (Cape Prince of Wales)', side: 'North America' },
  { id: 'fairbanks', name: 'Fairbanks', side: 'North America' },
  { id: 'delta-junction', name: 'Delta Junction', side: 'North America' },
  { id: 'fort-mcmurray', name: 'Fort McMurray', side: 'North America' },
  { id: 'edmonton', name: 'Edmonton', side: 'North America' },
  { id: 'prince-rupert', name: 'Prince Rupert', side: 'North America' },
  { id: 'chicago', name: 'Chicago', side: 'North America' },
];

const rail = (from: string, to: string, km: number, isNew: boolean, source: string): CorridorSegment => ({
  from,
  to,
  km,
  mode: 'rail',
  iceZone: null,
  isNew,
  isStrait: false,
  source,
});

/** Segments (both directions are the same segment). */
export const CORRIDOR_SEGMENTS: readonly CorridorSegment[] = [
  rail('shanghai', 'harbin', 2300, false, 'assumption: about 2,300 km by the existing Chinese network (no source)'),
  rail('harbin', 'zabaikalsk', 941, false, 'Harbin→Manzhouli/Zabaikalsk 941 km (chinadragontours; corridor reference §1)'),
  rail('zabaikalsk', 'karymskaya', 366, false, 'Zabaikalsk→Karymskaya 366 km (survincity 2013, RZD; corridor reference §1)'),
  rail('karymskaya', 'bamovskaya', 1000, false, 'assumption: Karymskaya→Bamovskaya not found, ≈ 1,000 km (corridor reference §1, E)'),
  rail('bamovskaya', 'nizhny-bestyakh', 1213, false, 'Amur–Yakutsk Mainline 1,213 km (wikisum; arctic reference §3.3)'),
  rail(
    'nizhny-bestyakh',
    'uelen',
    3500,
    true,
    'Lena (Yakutsk)→Uelen 3,500 km on the RZD 2030 map (EIR/Schiller 2007; corridor reference §1)',
  ),
  {
    from: 'uelen',
    to: 'wales',
    km: 104,
    mode: 'rail',
    iceZone: null,
    isNew: true,
    isStrait: true,
    source: 'tunnel 103–105 km in most sources (memim; TKM-World Link 2007; arctic reference §3.3)',
  },
  rail('wales', 'fairbanks', 1100, true, 'Wales/Nome→Fairbanks ≈ 1,100 km (700 mi) Alaska link (corridor reference §1)'),
  rail(
    'fairbanks',
    'delta-junction',
    150,
    true,
    'assumption: ≈ 150 km Fairbanks→Delta Junction, the Alaska end of the proposed Alaska–Alberta railway',
  ),
  rail(
    'delta-junction',
    'fort-mcmurray',
    2500,
    true,
    'A2A Fort McMurray→Delta Junction 2,400–2,570 km (CBC 2020; Freightwaves; corridor reference §1)',
  ),
  rail('fort-mcmurray', 'edmonton', 450, false, 'assumption: ≈ 450 km Fort McMurray→Edmonton on the existing network'),
  rail(
    'edmonton',
    'chicago',
    2800,
    false,
    'assumption: Edmonton→Chicago not found; ≈ 2,800 km (Vancouver→Chicago is 3,540 km by CP, insidelogistics.ca)',
  ),
  rail(
    'prince-rupert',
    'edmonton',
    1700,
    false,
    'assumption: Prince Rupert→Edmonton ≈ 1,700 km by CN (Prince Rupert→Chicago km not found; ≈ 5 days, Maritime Executive 2016)',
  ),
  {
    from: 'shanghai',
    to: 'prince-rupert',
    km: 8704,
    mode: 'sea',
    iceZone: null,
    isNew: false,
    isStrait: false,
    source:
      'derived: Shanghai→Prince Rupert ≈ 4,700 nm (≈ 1,000 nm shorter than to LA/LB, Maritime Executive 2016; corridor reference §1) × 1.852',
  },
];

/** Distances and crossings of a path, by mode. */
export interface PathMeasure {
  seaKm: number;
  railKm: number;
  /** Rail km the corridor builds (tunnel included). */
  newRailKm: number;
  /** Number of segments that cross the strait (0 or 1). */
  straitCrossings: number;
  /** Changes between sea and rail along the path (each costs handling). */
  modeChanges: number;
}

/**
 * Measures a path given as node ids over CORRIDOR_SEGMENTS (either direction). Throws naming the
 * first missing segment: a path is catalog data, so a gap is a bug.
 */
export function measurePath(path: readonly string[]): PathMeasure {
  const m: PathMeasure = { seaKm: 0, railKm: 0, newRailKm: 0, straitCrossings: 0, modeChanges: 0 };
  let lastMode: 'rail' | 'sea' | null = null;
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1];
    const b = path[i];
    const seg = CORRIDOR_SEGMENTS.find((s) => (s.from === a && s.to === b) || (s.from === b && s.to === a));
    if (seg === undefined) throw new Error(`no corridor segment ${a}–${b}`);
    if (seg.mode === 'sea') m.seaKm += seg.km;
    else m.railKm += seg.km;
    if (seg.isNew) m.newRailKm += seg.km;
    if (seg.isStrait) m.straitCrossings += 1;
    if (lastMode !== null && lastMode !== seg.mode) m.modeChanges += 1;
    lastMode = seg.mode;
  }
  return m;
}
