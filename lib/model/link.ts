// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path).
// Shares the tunnel's capacity when more output wants it than it can carry (ADR 011).
import type { CompiledCatalog } from './compile';
import { placeOutput, type RoutingScratch } from './transport';

/** Priority of a basin that would lose the tunnel and have no alternative (curtailment). */
const NO_ALTERNATIVE_PRIORITY = 1e12;

/**
 * After every basin has offered output to the link (`s.linkDemand`), cuts the link down to
 * `capacityMt`. Basins that lose most per tonne without the link keep it first (ties: catalog
 * order); the rest of their demand goes to their next-cheapest options, and what still finds no
 * route is added to `unplacedMt[b]`. Returns the tonnage the link carries, ≤ capacityMt.
 */
export function settleLinkCapacity(
  c: CompiledCatalog,
  s: RoutingScratch,
  capacityMt: number,
  outputMt: Float64Array,
  seasonShare: Float64Array,
  unplacedMt: Float64Array,
): number {
  let total = 0;
  let nCandidates = 0;
  for (let b = 0; b < c.nBasins; b += 1) {
    const demand = s.linkDemand[b] ?? 0;
    if (demand <= 0) continue;
    total += demand;
    s.priority[b] = lossWithoutLink(c, s, b);
    s.candidates[nCandidates] = b;
    nCandidates += 1;
  }
  const capacity = Math.max(0, capacityMt);
  if (total <= capacity) return total;

  for (let i = 1; i < nCandidates; i += 1) {
    const b = s.candidates[i] ?? 0;
    const p = s.priority[b] ?? 0;
    let j = i - 1;
    while (j >= 0 && (s.priority[s.candidates[j] ?? 0] ?? 0) < p) {
      s.candidates[j + 1] = s.candidates[j] ?? 0;
      j -= 1;
    }
    s.candidates[j + 1] = b;
  }
  let left = capacity;
  let carried = 0;
  for (let i = 0; i < nCandidates; i += 1) {
    const b = s.candidates[i] ?? 0;
    const demand = s.linkDemand[b] ?? 0;
    const granted = Math.min(demand, left);
    left -= granted;
    carried += granted;
    const denied = demand - granted;
    if (denied <= 0) continue;
    const pos = s.linkSlot[b] ?? 0;
    const base = b * c.maxSlotsPerBasin;
    const slot = s.order[base + pos] ?? 0;
    s.alloc[base + slot] = granted;
    s.linkDemand[b] = granted;
    // Only profitable slots are ranked as usable, so the rest is never placed at a loss.
    const rest = placeOutput(c, s, b, outputMt[b] ?? 0, denied, pos + 1, false, seasonShare);
    unplacedMt[b] = (unplacedMt[b] ?? 0) + rest;
  }
  return carried;
}

/** USD per tonne a basin loses if denied the link: next usable option's extra cost, or curtailment. */
function lossWithoutLink(c: CompiledCatalog, s: RoutingScratch, b: number): number {
  const base = b * c.maxSlotsPerBasin;
  const pos = s.linkSlot[b] ?? 0;
  const linkCost = s.optCost[base + (s.order[base + pos] ?? 0)] ?? 0;
  // Only usable slots are ordered: the next one is the next-cheapest profitable option.
  if (pos + 1 < (s.nUsable[b] ?? 0)) return (s.optCost[base + (s.order[base + pos + 1] ?? 0)] ?? 0) - linkCost;
  return NO_ALTERNATIVE_PRIORITY;
}
