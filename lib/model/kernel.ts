// The host side of the engine's WebAssembly kernel (ADR 092): the yearly loop of `runEngine` and the
// per-basin rows, compiled from `lib/model/kernel/kernel.as.ts` (AssemblyScript) into the bytes of
// `kernel/kernel-wasm.ts`. The TypeScript functions stay the reference and the fallback: where
// WebAssembly cannot be compiled (a browser or policy without it) or a run is longer than the
// kernel's capacity, the engine runs them instead, with the same results to the bit.
//
// Memory: one kernel instance per compiled catalog, its memory sized once. The catalog's arrays are
// copied into it; the workspace's arrays that the loop reads or writes are *moved* into it (the
// workspace then holds views on the kernel's memory), so the TypeScript around the loop
// (`prepareRun` before, the link account and the result after) reads and writes the same numbers.
import type { CompiledCatalog } from './compile';
import { WINTER_PREMIUM_USD } from './ice-years';
import { KERNEL_WASM_BASE64 } from './kernel/kernel-wasm';
import type { RoutingScratch } from './transport';
import type { Workspace } from './workspace';

/** Years a kernel holds (2025–2124); a longer run uses the TypeScript loop. */
export const KERNEL_MAX_YEARS = 100;

type Kind = 'f64' | 'i32' | 'u8';
type Typed = Float64Array | Int32Array | Uint8Array;
type OwnF64 = 'iceExtent' | 'iceSeasonDays' | 'iceSeasonShare' | 'iceIcePremium' | 'transitVolume';
type FieldOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

/** Where an array of the kernel comes from: copied from the catalog, moved from the workspace, or the kernel's own. */
type Binding =
  | { kind: Kind; catalog: (c: CompiledCatalog) => ArrayLike<number> }
  | { kind: 'f64'; workspace: FieldOf<Workspace, Float64Array>; perYear?: (c: CompiledCatalog) => number }
  | { kind: 'u8'; workspaceU8: FieldOf<Workspace, Uint8Array> }
  | { kind: 'i32'; workspaceI32: FieldOf<Workspace, Int32Array> }
  | { kind: 'f64'; routing: FieldOf<RoutingScratch, Float64Array> }
  | { kind: 'i32'; routingI32: FieldOf<RoutingScratch, Int32Array> }
  | { kind: 'f64'; own: OwnF64; perYear: number }
  | { kind: 'i32'; ownI32: 'rowIsFinite'; length: (c: CompiledCatalog) => number }
  | { kind: 'f64'; transit: 'link' | 'sea' };

const catalogI32 = (get: (c: CompiledCatalog) => ArrayLike<number>): Binding => ({ kind: 'i32', catalog: get });
const catalogU8 = (get: (c: CompiledCatalog) => ArrayLike<number>): Binding => ({ kind: 'u8', catalog: get });
const catalogF64 = (get: (c: CompiledCatalog) => ArrayLike<number>): Binding => ({ kind: 'f64', catalog: get });
const ws = (field: FieldOf<Workspace, Float64Array>, perYear?: (c: CompiledCatalog) => number): Binding => ({
  kind: 'f64',
  workspace: field,
  perYear,
});

/** The arrays in the order `bind` of the kernel reads their addresses (after the 13 integers of `bindingIntegers`). */
const BINDINGS: readonly Binding[] = [
  catalogU8((c) => c.basinIsProducing),
  catalogI32((c) => c.basinLegs),
  catalogI32((c) => c.basinLegStart),
  catalogU8((c) => c.legIsLink),
  catalogI32((c) => c.legZone),
  catalogI32((c) => c.basinSlots),
  catalogI32((c) => c.basinSlotLegs),
  catalogI32((c) => c.basinSlotStart),
  catalogI32((c) => c.basinSlotCount),
  catalogU8((c) => c.legIsNorthAmerica),
  catalogU8((c) => c.basinIsStorable),
  catalogI32((c) => c.legVolumeRow),
  catalogU8((c) => c.legIsEastbound),
  catalogI32((c) => c.routeZone),
  catalogI32((c) => c.costSeriesLegs),
  catalogI32((c) => c.basinProductionRows),
  catalogI32((c) => c.basinEnergyRows),
  catalogI32((c) => c.basinShippedRows),
  catalogI32((c) => c.layout.season),
  catalogI32((c) => c.layout.cost),
  catalogI32((c) => c.layout.icePremium),
  catalogI32((c) => c.layout.crossingByCargo),
  catalogI32((c) => c.layout.crossingTotal),
  catalogI32((c) => c.layout.transitFreight),
  catalogI32((c) => c.layout.transitCost),
  catalogI32((c) => c.layout.revenue),
  catalogI32((c) => c.layout.surplus),
  catalogF64((c) => c.basinEarliestStart),
  catalogF64((c) => c.basinRampYears),
  catalogF64((c) => c.basinPlateauMt),
  catalogF64((c) => c.basinDeclineFraction),
  catalogF64((c) => c.basinMinSeasonDays),
  catalogF64((c) => c.legCo2TPerT),
  catalogF64((c) => c.basinCombustionCo2),
  catalogF64((c) => c.basinToe),
  catalogF64((c) => c.basinGrade),
  catalogF64((c) => c.basinDeductionUsd),
  catalogF64(() => WINTER_PREMIUM_USD),
  ws('remainingMt'),
  ws('outputMt'),
  ws('unplacedMt'),
  ws('marginUsd'),
  ws('fullMarginUsd'),
  ws('basinPriceUsd'),
  ws('basinFullCostUsd'),
  ws('basinOperatingCostUsd'),
  ws('basinStartYear'),
  ws('shares'),
  ws('legFixedCostUsd'),
  ws('legCostUsd'),
  ws('legBaseUsd'),
  ws('legInSeasonUsd'),
  ws('legOutWinterUsd'),
  ws('legOutStorableUsd'),
  ws('legLinkLineHaulUsd'),
  ws('seasonDays'),
  ws('seasonShare'),
  ws('icePremiumUsd'),
  ws('winterPremiumUsd'),
  ws('storageUsd'),
  ws('priceIndex', () => 1),
  ws('basinSurplusBnUsd', (c) => c.nBasins),
  ws('basinRevenueBnUsd', (c) => c.nBasins),
  ws('basinWorstMarginUsd', (c) => c.nBasins),
  ws('values', (c) => c.layout.meta.length),
  ws('basinProductionMt', (c) => c.nBasins),
  { kind: 'f64', own: 'iceExtent', perYear: 1 },
  { kind: 'f64', own: 'iceSeasonDays', perYear: 3 },
  { kind: 'f64', own: 'iceSeasonShare', perYear: 3 },
  { kind: 'f64', own: 'iceIcePremium', perYear: 3 },
  { kind: 'f64', own: 'transitVolume', perYear: 1 },
  { kind: 'f64', transit: 'link' },
  { kind: 'f64', transit: 'sea' },
  { kind: 'f64', routing: 'optCost' },
  { kind: 'f64', routing: 'alloc' },
  { kind: 'f64', routing: 'zoneUsed' },
  { kind: 'f64', routing: 'linkDemand' },
  { kind: 'f64', routing: 'priority' },
  { kind: 'u8', workspaceU8: 'basinIsBarredFromNa' },
  { kind: 'u8', workspaceU8: 'isCooperationEnough' },
  { kind: 'i32', workspaceI32: 'basinFirstT' },
  { kind: 'i32', workspaceI32: 'basinLastT' },
  { kind: 'i32', routingI32: 'order' },
  { kind: 'i32', routingI32: 'linkSlot' },
  { kind: 'i32', routingI32: 'candidates' },
  { kind: 'i32', routingI32: 'nUsable' },
  { kind: 'i32', ownI32: 'rowIsFinite', length: (c) => c.layout.meta.length },
];

/** The integers `bind` reads first: counts and result rows. */
function bindingIntegers(c: CompiledCatalog): number[] {
  const L = c.layout;
  return [
    c.nBasins,
    c.nLegs,
    c.nRoutes,
    c.maxSlotsPerBasin,
    L.cost.length,
    L.meta.length,
    L.ice,
    L.beringSeason,
    L.transportSpend,
    L.tunnelRevenueLineHaul,
    L.emissionsTransport,
    L.emissionsCombustion,
    L.tunnelUtilisation,
  ];
}

interface KernelExports {
  HEAP_BASE: WebAssembly.Global;
  BINDING_COUNT: WebAssembly.Global;
  bind: (table: number) => void;
  run: (...args: number[]) => void;
  findFiniteRows: (nYears: number) => void;
}

/** A kernel bound to one compiled catalog and its workspace. */
export interface Kernel {
  /** Runs the yearly loop and the per-basin rows for `nYears` (≤ KERNEL_MAX_YEARS): `runEngine`'s arguments. */
  run: (
    nYears: number,
    firstYear: number,
    linkOpenYear: number,
    capacityMt: number,
    tariffUsd: number,
    iceCostMultiplier: number,
    minSeasonDays: number,
    storageUsdPerTonneMonth: number,
    transitLinkShare: number,
    transitLineHaulUsd: number,
    eastboundShare: number,
  ) => void;
  /** The kernel's copies of the yearly ice table and transit volume, filled before each run. */
  iceExtent: Float64Array;
  iceSeasonDays: Float64Array;
  iceSeasonShare: Float64Array;
  iceIcePremium: Float64Array;
  transitVolume: Float64Array;
  /** Writes into `rowIsFinite`, per result row of the last run, 1 if all its values are finite, else 0. */
  findFiniteRows: (nYears: number) => void;
  rowIsFinite: Int32Array;
}

let compiled: { wasm: WebAssembly.Module; heapBase: number } | null | undefined;

/**
 * The compiled module and the first address free for the host's arrays (read from a first instance
 * on a one-page memory), or null where WebAssembly cannot be compiled here.
 */
function kernelModule(): { wasm: WebAssembly.Module; heapBase: number } | null {
  if (compiled !== undefined) return compiled;
  try {
    const text = atob(KERNEL_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    const wasm = new WebAssembly.Module(bytes);
    const probe = new WebAssembly.Instance(wasm, { env: { memory: new WebAssembly.Memory({ initial: 1 }) } });
    compiled = { wasm, heapBase: Number((probe.exports as unknown as KernelExports).HEAP_BASE.value) };
  } catch {
    compiled = null;
  }
  return compiled;
}

const BYTES: Record<Kind, number> = { f64: 8, i32: 4, u8: 1 };

function lengthOf(b: Binding, c: CompiledCatalog, w: Workspace): number {
  if ('catalog' in b) return b.catalog(c).length;
  if ('workspace' in b) return b.perYear === undefined ? w[b.workspace].length : b.perYear(c) * KERNEL_MAX_YEARS;
  if ('workspaceU8' in b) return w[b.workspaceU8].length;
  if ('workspaceI32' in b) return w[b.workspaceI32].length;
  if ('routing' in b) return w.routing[b.routing].length;
  if ('routingI32' in b) return w.routing[b.routingI32].length;
  if ('own' in b) return b.perYear * KERNEL_MAX_YEARS;
  if ('ownI32' in b) return b.length(c);
  return w.transit[b.transit].length;
}

function viewOf(kind: Kind, buffer: ArrayBuffer, at: number, length: number): Typed {
  if (kind === 'f64') return new Float64Array(buffer, at, length);
  if (kind === 'i32') return new Int32Array(buffer, at, length);
  return new Uint8Array(buffer, at, length);
}

/**
 * Creates the kernel of `c` and moves the workspace's arrays into its memory (see the file's
 * head). Returns null, leaving the workspace as it was, where WebAssembly is not available.
 */
export function createKernel(c: CompiledCatalog, w: Workspace): Kernel | null {
  const compiledKernel = kernelModule();
  if (compiledKernel === null) return null;
  const integers = bindingIntegers(c);
  const lengths = BINDINGS.map((b) => lengthOf(b, c, w));
  const align = (x: number) => Math.ceil(x / 8) * 8;
  const table = align(compiledKernel.heapBase);
  let top = table + 4 * (integers.length + BINDINGS.length);
  const at = BINDINGS.map((b, i) => {
    const start = align(top);
    top = start + BYTES[b.kind] * (lengths[i] ?? 0);
    return start;
  });
  // The memory is made at its full size and never grown: growing detaches the old buffer, and
  // once any buffer has been detached V8 checks for detachment on every typed-array access in the
  // process, which made the TypeScript around the kernel about 20 % slower.
  const memory = new WebAssembly.Memory({ initial: Math.ceil(top / 65536) });
  const instance = new WebAssembly.Instance(compiledKernel.wasm, { env: { memory } });
  const k = instance.exports as unknown as KernelExports;
  if (Number(k.BINDING_COUNT.value) !== integers.length + BINDINGS.length) {
    throw new Error(`kernel expects ${String(k.BINDING_COUNT.value)} bindings, host has ${integers.length + BINDINGS.length}`);
  }
  const buffer = memory.buffer;
  const tableView = new Int32Array(buffer, table, integers.length + BINDINGS.length);
  integers.forEach((x, i) => (tableView[i] = x));
  const own: Partial<Record<OwnF64, Float64Array>> = {};
  let rowIsFinite: Int32Array | undefined;
  BINDINGS.forEach((b, i) => {
    const start = at[i] ?? 0;
    tableView[integers.length + i] = start;
    const view = viewOf(b.kind, buffer, start, lengths[i] ?? 0);
    if ('catalog' in b) view.set(b.catalog(c));
    else if ('workspace' in b && view instanceof Float64Array) {
      view.set(w[b.workspace].subarray(0, Math.min(view.length, w[b.workspace].length)));
      w[b.workspace] = view;
    } else if ('workspaceU8' in b && view instanceof Uint8Array) {
      view.set(w[b.workspaceU8]);
      w[b.workspaceU8] = view;
    } else if ('workspaceI32' in b && view instanceof Int32Array) {
      view.set(w[b.workspaceI32]);
      w[b.workspaceI32] = view;
    } else if ('routing' in b && view instanceof Float64Array) {
      view.set(w.routing[b.routing]);
      w.routing[b.routing] = view;
    } else if ('routingI32' in b && view instanceof Int32Array) {
      view.set(w.routing[b.routingI32]);
      w.routing[b.routingI32] = view;
    } else if ('transit' in b && view instanceof Float64Array) {
      view.set(w.transit[b.transit]);
      w.transit[b.transit] = view;
    } else if ('own' in b && view instanceof Float64Array) {
      own[b.own] = view;
    } else if ('ownI32' in b && view instanceof Int32Array) {
      rowIsFinite = view;
    }
  });
  k.bind(table);
  const { iceExtent, iceSeasonDays, iceSeasonShare, iceIcePremium, transitVolume } = own;
  if (!iceExtent || !iceSeasonDays || !iceSeasonShare || !iceIcePremium || !transitVolume || !rowIsFinite) {
    throw new Error('kernel buffers missing');
  }
  return {
    run: k.run,
    findFiniteRows: k.findFiniteRows,
    iceExtent,
    iceSeasonDays,
    iceSeasonShare,
    iceIcePremium,
    transitVolume,
    rowIsFinite,
  };
}
