import { describe, expect, it } from 'vitest';
import { CORRIDOR_NODES, CORRIDOR_SEGMENTS, DESTINATION_NODES, ORIGIN_NODES, measurePath } from '@/lib/model/corridor-network';
import { NORTH_AMERICAN_DESTINATIONS } from '@/lib/model/defaults';
import { TRANSIT_LINK_PATH, TRANSIT_SEA_PATH } from '@/lib/model/transit';
import { makeCatalog } from '../../builders';

// Every leg of the seed catalog is a path over the corridor network (ADR 024): its distances,
// its new rail and whether it crosses the strait follow from the path, never from a second number.
const catalog = makeCatalog();
const legs = catalog.routes.flatMap((route) => route.legs.map((leg) => ({ route, leg })));
const nodeIds = new Set(CORRIDOR_NODES.map((n) => n.id));

describe('corridor network', () => {
  it('joins only known nodes, with positive km and a source on every segment', () => {
    for (const s of CORRIDOR_SEGMENTS) {
      expect(nodeIds.has(s.from), s.from).toBe(true);
      expect(nodeIds.has(s.to), s.to).toBe(true);
      expect(s.km, `${s.from}–${s.to}`).toBeGreaterThan(0);
      expect(s.source.trim().length, `${s.from}–${s.to}`).toBeGreaterThan(10);
    }
  });

  it('has one segment at most between two nodes, so a path names its segments unambiguously', () => {
    const keys = CORRIDOR_SEGMENTS.map((s) => [s.from, s.to].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks only rail segments as new and only the tunnel as crossing the strait', () => {
    for (const s of CORRIDOR_SEGMENTS) {
      if (s.isNew) expect(s.mode, `${s.from}–${s.to}`).toBe('rail');
    }
    const strait = CORRIDOR_SEGMENTS.filter((s) => s.isStrait);
    expect(strait.map((s) => [s.from, s.to])).toEqual([['uelen', 'wales']]);
  });
});

describe('catalog legs as paths over the network', () => {
  it('gives every leg a path from its origin node to its destination node', () => {
    for (const { route, leg } of legs) {
      const label = `${route.name} ${leg.origin}→${leg.destination}`;
      expect(leg.path, label).toBeDefined();
      const path = leg.path ?? [];
      expect(path[0], label).toBe(ORIGIN_NODES[leg.origin]);
      expect(path[path.length - 1], label).toBe(DESTINATION_NODES[leg.destination]);
    }
  });

  it('takes each leg distance and new rail from its path', () => {
    for (const { route, leg } of legs) {
      const m = measurePath(leg.path ?? []);
      const label = `${route.name} ${leg.origin}→${leg.destination}`;
      expect(leg.seaKm, label).toBe(m.seaKm);
      expect(leg.railKm, label).toBe(m.railKm);
      expect(leg.newRailKm ?? 0, label).toBe(route.isLink ? m.newRailKm : 0);
    }
  });

  it('puts on the link route exactly the legs that cross the strait, eastbound exactly when bound for North America', () => {
    for (const { route, leg } of legs) {
      const path = leg.path ?? [];
      const label = `${route.name} ${leg.origin}→${leg.destination}`;
      expect(measurePath(path).straitCrossings, label).toBe(route.isLink ? 1 : 0);
      if (!route.isLink) continue;
      const isEastbound = path.indexOf('uelen') < path.indexOf('wales');
      expect(isEastbound, label).toBe(NORTH_AMERICAN_DESTINATIONS.includes(leg.destination));
    }
  });

  it('runs sea routes by sea, rail only as a feeder at one end', () => {
    for (const { route, leg } of legs) {
      if (route.mode !== 'sea') continue;
      const m = measurePath(leg.path ?? []);
      const label = `${route.name} ${leg.origin}→${leg.destination}`;
      expect(m.seaKm, label).toBeGreaterThan(0);
      expect(m.modeChanges, label).toBeLessThanOrEqual(1);
    }
  });

  it('carries no oil or LNG on a rail leg', () => {
    const bulkLiquids = catalog.basins.filter((b) => b.commodity === 'Oil' || b.commodity === 'LNG');
    for (const b of bulkLiquids) {
      for (const { route, leg } of legs) {
        if (leg.origin === b.origin && leg.destination === b.destination) expect(leg.railKm, `${b.id} on ${route.name}`).toBe(0);
      }
    }
  });

  it('measures the transit paths on the same network (the link crosses, sea + rail does not)', () => {
    expect(measurePath(TRANSIT_LINK_PATH).straitCrossings).toBe(1);
    expect(measurePath(TRANSIT_SEA_PATH).straitCrossings).toBe(0);
  });
});
