// Pure: reads no database, clock or globals. Why each route costs what it costs (issue 9): the
// per-run components of every leg's cost per tonne, and of the two transit routes, for
// `summary.routeCosts`. Run once per run after the yearly loop (one small object per leg).
import type { CompiledCatalog } from './compile';
import { TRANSIT_PATH_KM, SEA_AND_RAIL_ROUTE, TRANSIT_DESTINATION, TRANSIT_ORIGIN } from './transit';
import type { Assumptions, RouteCostBreakdown } from './types';
import { ICE_ZONE_NAMES, icePremiumVariable } from './variables';
import type { Workspace } from './workspace';

/** The `Ice Premium` variable of each ice zone, in zone order (named once, not once per leg and run). */
const ICE_PREMIUM_VARIABLES = ICE_ZONE_NAMES.map((zone) => icePremiumVariable(zone));

/** Each leg's cost components (catalog order), then the link and sea + rail transit routes. */
export function listRouteCosts(c: CompiledCatalog, ws: Workspace, a: Assumptions): RouteCostBreakdown[] {
  const out: RouteCostBreakdown[] = [];
  const openYear = a.link.openYear;
  const tariff = Math.max(0, a.link.tariffUsdPerTonne);
  for (let l = 0; l < c.nLegs; l += 1) {
    const name = c.legNames[l];
    if (name === undefined) continue;
    const isLink = c.legIsLink[l] === 1;
    const toll = c.legTollUsd[l] ?? 0;
    const zone = c.legZone[l] ?? -1;
    out.push({
      route: name.route,
      origin: name.origin,
      destination: name.destination,
      cargo: 'Resources',
      seaKm: c.legSeaKm[l] ?? 0,
      railKm: c.legRailKm[l] ?? 0,
      lineHaulUsdPerTonne: ws.legLineHaulUsd[l] ?? 0,
      handlingUsdPerTonne: (c.legHandlingUsd[l] ?? 0) - toll,
      tariffOrTollUsdPerTonne: toll + (isLink ? tariff : 0),
      carbonUsdPerTonne: ws.legCarbonUsd[l] ?? 0,
      icePremiumVariable: ICE_PREMIUM_VARIABLES[zone] ?? null,
      isAvailable: !isLink || openYear !== null,
      openYear: isLink ? openYear : null,
      transitDays: null,
      timeCostUsdPerTonne: null,
    });
  }
  const t = ws.transit;
  const vot = Math.max(0, a.transit.valueOfTimeUsdPerTonneDay);
  const routes = [
    {
      route: c.routeNames[c.routeIsLink.indexOf(1)] ?? 'Tunnel Rail',
      parts: t.link,
      days: t.linkDays,
      km: TRANSIT_PATH_KM[0],
      open: openYear,
    },
    { route: SEA_AND_RAIL_ROUTE, parts: t.sea, days: t.seaDays, km: TRANSIT_PATH_KM[1], open: null },
  ];
  for (const r of routes) {
    out.push({
      route: r.route,
      origin: TRANSIT_ORIGIN,
      destination: TRANSIT_DESTINATION,
      cargo: 'Transit',
      seaKm: r.km.seaKm,
      railKm: r.km.railKm,
      lineHaulUsdPerTonne: r.parts[0] ?? 0,
      handlingUsdPerTonne: r.parts[1] ?? 0,
      tariffOrTollUsdPerTonne: r.parts[2] ?? 0,
      carbonUsdPerTonne: r.parts[4] ?? 0,
      icePremiumVariable: null,
      isAvailable: r.route === SEA_AND_RAIL_ROUTE || openYear !== null,
      openYear: r.open,
      transitDays: r.days,
      timeCostUsdPerTonne: vot * r.days,
    });
  }
  return out;
}
