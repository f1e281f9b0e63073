// Pure: data and small pure helpers only. The corridor network (ADR 022): nodes from the project's
// gazetteer (corridor-nodes.csv), segments with their km, mode, ice zone and whether the corridor
// builds them, each with its source; "assumption:" marks a distance no source gives. Paths over the
// network give the transit routes their distances, new-rail km and days.
import { ORIGINS } from './origins';
import type { IceZone } from './types';

/** A node of the network (ids as in the reference gazetteer). */
export interface CorridorNode {
  id: string;
  name: string;
  /** The side of the strait ('Sea' for a waypoint at sea, 'Europe' for Rotterdam). */
  side: 'Asia' | 'North America' | 'Europe' | 'Sea';
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
  { id: 'chukotka-junction', name: 'Chukotka junction (assumed, where a Pevek branch meets the Yakutsk–Uelen line)', side: 'Asia' },
  { id: 'uelen', name: 'Uelen', side: 'Asia' },
  { id: 'wales', name: 'Wales (Cape Prince of Wales)', side: 'North America' },
  { id: 'fairbanks', name: 'Fairbanks', side: 'North America' },
  { id: 'delta-junction', name: 'Delta Junction', side: 'North America' },
  { id: 'fort-mcmurray', name: 'Fort McMurray', side: 'North America' },
  { id: 'edmonton', name: 'Edmonton', side: 'North America' },
  { id: 'prince-rupert', name: 'Prince Rupert', side: 'North America' },
  { id: 'chicago', name: 'Chicago', side: 'North America' },
  { id: 'vancouver', name: 'Vancouver', side: 'North America' },
  { id: 'seattle', name: 'Seattle', side: 'North America' },
  // Resource ports and fields (the catalog's origins, ORIGIN_NODES).
  { id: 'sabetta', name: 'Sabetta (Yamal LNG)', side: 'Asia' },
  { id: 'varandey', name: 'Varandey (Pechora Sea)', side: 'Asia' },
  { id: 'dudinka', name: 'Dudinka (Norilsk)', side: 'Asia' },
  { id: 'laptev-shelf', name: 'Laptev shelf (assumed position, 75.0° N 125.0° E)', side: 'Asia' },
  { id: 'pevek', name: 'Pevek (Chukotka)', side: 'Asia' },
  { id: 'okhotsk-port', name: "Elga's Okhotsk-coast port", side: 'Asia' },
  { id: 'murmansk', name: 'Murmansk', side: 'Asia' },
  { id: 'chukchi-offshore', name: 'North Chukchi shelf (assumed position, 71.0° N 165.0° W)', side: 'North America' },
  { id: 'red-dog-port', name: 'Red Dog port site (DeLong Mountain)', side: 'North America' },
  { id: 'valdez', name: 'Valdez / Nikiski (Cook Inlet)', side: 'North America' },
  { id: 'anchorage', name: 'Anchorage', side: 'North America' },
  { id: 'rotterdam', name: 'Rotterdam', side: 'Europe' },
  // Waypoints at sea (positions are assumptions, used only for distances).
  { id: 'kara-sea', name: 'Kara Sea off the Gulf of Ob (waypoint, 73.5° N 71.0° E)', side: 'Sea' },
  { id: 'dikson', name: 'Dikson (Yenisei Gulf, waypoint)', side: 'Sea' },
  { id: 'bering-strait', name: 'Bering Strait (waypoint, 65.8° N 169.0° W)', side: 'Sea' },
  { id: 'north-pole', name: 'Central Arctic (waypoint)', side: 'Sea' },
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

const sea = (from: string, to: string, km: number, iceZone: IceZone | null, source: string): CorridorSegment => ({
  from,
  to,
  km,
  mode: 'sea',
  iceZone,
  isNew: false,
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
  // Lena (Yakutsk)→Uelen 3,500 km on the RZD 2030 map, split at an assumed junction for Pevek.
  rail(
    'nizhny-bestyakh',
    'chukotka-junction',
    2300,
    true,
    'Lena (Yakutsk)→Uelen 3,500 km on the RZD 2030 map (EIR/Schiller 2007; corridor reference §1); assumption: the junction for Pevek lies ≈ 2,300 km from Nizhny Bestyakh',
  ),
  rail(
    'chukotka-junction',
    'uelen',
    1200,
    true,
    'Lena (Yakutsk)→Uelen 3,500 km on the RZD 2030 map (EIR/Schiller 2007; corridor reference §1); assumption: ≈ 1,200 km of it east of the Pevek junction',
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
  // Sea segments of the resource routes (ADR 024). D = derived from a cited figure; "great circle"
  // distances are from the gazetteer's coordinates (or the waypoint positions named above).
  sea(
    'sabetta',
    'kara-sea',
    250,
    'nsr',
    'D: great circle Sabetta→Kara Sea waypoint ≈ 247 km (gazetteer coordinates), out of the Gulf of Ob',
  ),
  sea('kara-sea', 'dikson', 300, 'nsr', 'D: great circle Kara Sea waypoint→Dikson ≈ 300 km (gazetteer coordinates)'),
  sea(
    'dikson',
    'bering-strait',
    3821,
    'nsr',
    'D: Sabetta→Cape Dezhnev 2,360 nm = 4,371 km (ShippingWatch 2018; corridor reference §1) less the 550 km Sabetta→Dikson above',
  ),
  sea(
    'bering-strait',
    'shanghai',
    6834,
    'bering',
    'D: Sabetta→Jiangsu 6,047 nm via the NSR (PortNews 2020) less Sabetta→Cape Dezhnev 2,360 nm (ShippingWatch 2018) = 3,687 nm × 1.852 (corridor reference §1); Jiangsu taken for Shanghai',
  ),
  sea(
    'pevek',
    'bering-strait',
    945,
    'nsr',
    'assumption: Pevek→Shanghai ≈ 4,200 nm (the corridor reference’s own estimate, §1) less Cape Dezhnev→Jiangsu ≈ 3,690 nm = 510 nm × 1.852',
  ),
  sea(
    'pevek',
    'dikson',
    2876,
    'nsr',
    'assumption: Dikson→Cape Dezhnev 3,821 km (above) less the assumed Pevek→Cape Dezhnev 945 km, along the same coast',
  ),
  sea('dudinka', 'dikson', 500, 'nsr', 'assumption: ≈ 500 km down the Yenisei and its gulf (great circle Dudinka→Dikson ≈ 498 km)'),
  sea(
    'varandey',
    'kara-sea',
    800,
    'nsr',
    'assumption: ≈ 800 km through the Kara Gates (great circles Varandey→Kara Gates ≈ 178 km + Kara Gates→Kara Sea waypoint ≈ 563 km, + ≈ 8 %)',
  ),
  sea('varandey', 'murmansk', 1050, null, 'assumption: ≈ 1,050 km along the Barents Sea coast (great circle ≈ 990 km)'),
  sea(
    'kara-sea',
    'murmansk',
    1450,
    'nsr',
    'assumption: Sabetta→Murmansk ≈ 1,700 km (earlier catalog estimate) less the ≈ 250 km out of the Gulf of Ob',
  ),
  sea(
    'laptev-shelf',
    'bering-strait',
    2400,
    'nsr',
    'assumption: ≈ 1,300 nm from the Laptev shelf to Cape Dezhnev (a little over half of Sabetta→Cape Dezhnev, 2,360 nm)',
  ),
  sea('laptev-shelf', 'dikson', 1450, 'nsr', 'assumption: ≈ 1,450 km from the Laptev shelf west through the Vilkitsky Strait to Dikson'),
  sea(
    'murmansk',
    'shanghai',
    23780,
    null,
    'Murmansk–Yokohama 12,840 nm = 23,780 km via Suez (Valdai Club; arctic reference §3.1); assumption: Shanghai taken as Yokohama',
  ),
  sea(
    'murmansk',
    'rotterdam',
    2600,
    null,
    'assumption: ≈ 2,600 km around North Cape and along the Norwegian coast (great circle ≈ 2,430 km)',
  ),
  sea(
    'bering-strait',
    'rotterdam',
    23055,
    null,
    'assumption: Pevek→Rotterdam ≈ 24,000 km by Malacca and Suez (earlier catalog estimate; Shanghai–Rotterdam ≈ 19,600 km via Suez, Port Economics) less Pevek→Cape Dezhnev 945 km',
  ),
  sea('kara-sea', 'north-pole', 1835, 'transpolar', 'D: great circle Kara Sea waypoint→North Pole ≈ 1,835 km'),
  sea('north-pole', 'bering-strait', 2691, 'transpolar', 'D: great circle North Pole→Bering Strait waypoint ≈ 2,691 km'),
  sea('pevek', 'north-pole', 2257, 'transpolar', 'D: great circle Pevek→North Pole ≈ 2,257 km'),
  sea(
    'north-pole',
    'rotterdam',
    4400,
    'transpolar',
    'D: great circles North Pole→Fram Strait (79° N 0°) ≈ 1,223 km + Fram Strait→Rotterdam ≈ 3,018 km, + ≈ 4 % along the Norwegian coast (assumption)',
  ),
  sea(
    'bering-strait',
    'seattle',
    4655,
    'bering',
    'assumption: Pevek→Seattle ≈ 5,600 km (earlier catalog estimate) less Pevek→Cape Dezhnev 945 km',
  ),
  sea(
    'chukchi-offshore',
    'bering-strait',
    650,
    'bering',
    'assumption: ≈ 650 km from the North Chukchi leases to the strait (great circle ≈ 601 km)',
  ),
  sea(
    'red-dog-port',
    'bering-strait',
    320,
    'bering',
    'assumption: ≈ 320 km from the Red Dog port site to the strait (great circle ≈ 294 km)',
  ),
  sea('okhotsk-port', 'shanghai', 3500, null, "assumption: Elga's Okhotsk-coast port (Pacific Railway 531 km, TASS) → Shanghai ≈ 3,500 km"),
  sea('valdez', 'shanghai', 6900, null, 'assumption: Valdez/Nikiski → Shanghai ≈ 6,900 km'),
  sea('valdez', 'seattle', 2300, null, 'assumption: Valdez → Puget Sound ≈ 2,300 km'),
  sea('anchorage', 'shanghai', 6700, null, 'assumption: Anchorage → Shanghai ≈ 6,700 km'),
  // Rail feeders and the west-coast end of the North American network.
  rail('fairbanks', 'anchorage', 575, false, 'Alaska Railroad Fairbanks → Anchorage ≈ 575 km (earlier catalog estimate; assumption)'),
  rail(
    'pevek',
    'chukotka-junction',
    300,
    false,
    'assumption: a ≈ 300 km branch from the Pevek/Baimskaya area to the Yakutsk–Uelen line, built with the mines (not in the link capex)',
  ),
  rail(
    'red-dog-port',
    'wales',
    500,
    false,
    'assumption: a ≈ 500 km branch from the Red Dog area to the tunnel portal (great circle ≈ 284 km), built with the mine (not in the link capex)',
  ),
  rail('edmonton', 'vancouver', 1160, false, 'assumption: Edmonton→Vancouver ≈ 1,160 km by the existing CN line'),
  rail('vancouver', 'seattle', 230, false, 'assumption: Vancouver→Seattle ≈ 230 km by the existing line (great circle ≈ 198 km)'),
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

/** The network node of each catalog origin (a basin's `origin`): where its cargo enters the network (lib/model/origins.ts). */
export const ORIGIN_NODES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ORIGINS).map(([id, o]) => [id, o.node]));

/** The network node of each destination market. */
export const DESTINATION_NODES: Readonly<Record<string, string>> = {
  Shanghai: 'shanghai',
  Seattle: 'seattle',
  Vancouver: 'vancouver',
  'Prince Rupert': 'prince-rupert',
  Chicago: 'chicago',
  Rotterdam: 'rotterdam',
};

/** A path as plain place names joined by arrows, for sources and the methodology. */
export function describePath(path: readonly string[]): string {
  const name = (id: string) => CORRIDOR_NODES.find((n) => n.id === id)?.name.replace(/ \(.*\)$/, '') ?? id;
  return path.map(name).join(' → ');
}
