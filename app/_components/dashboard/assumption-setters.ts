// Pure updates of the assumptions, one per control. Kept outside the components so every
// slider gets a stable change handler (React.memo then skips the sliders that did not move).
import { PATHWAY_ICE_FREE_YEAR } from '@/lib/model/presets';
import type { Assumptions, Pathway } from '@/lib/model/types';
import { rebalanceShares } from '@/lib/schemas/url-state-query';

type Setter<V> = (a: Assumptions, value: V) => Assumptions;

/** Sets the pathway and, as the presets do, its central first ice-free year (Shen et al. 2023). */
export const setPathway: Setter<Pathway> = (a, pathway) => ({ ...a, ice: { pathway, iceFreeYear: PATHWAY_ICE_FREE_YEAR[pathway] } });

export const NUMBER_SETTERS = {
  horizon: (a, v) => ({ ...a, horizonYear: v }),
  iceFree: (a, v) => ({ ...a, ice: { ...a.ice, iceFreeYear: v } }),
  open: (a, v) => ({ ...a, link: { ...a.link, openYear: v } }),
  cap: (a, v) => ({ ...a, link: { ...a.link, capacityMtPerYear: v } }),
  capex: (a, v) => ({ ...a, link: { ...a.link, capexBnUsd: v } }),
  tariff: (a, v) => ({ ...a, link: { ...a.link, tariffUsdPerTonne: v } }),
  carbon: (a, v) => ({ ...a, markets: { ...a.markets, carbonPriceUsdPerTonne: v } }),
  rate: (a, v) => ({ ...a, markets: { ...a.markets, discountRatePct: v } }),
  coop: (a, v) => ({ ...a, cooperation: { ...a.cooperation, level: v } }),
  // Share sliders move in whole percent; the other two partners rebalance so the sum stays 1.
  ru: (a, pct) => ({ ...a, cooperation: { ...a.cooperation, shares: rebalanceShares(a.cooperation.shares, 'russia', pct / 100) } }),
  cn: (a, pct) => ({ ...a, cooperation: { ...a.cooperation, shares: rebalanceShares(a.cooperation.shares, 'china', pct / 100) } }),
  us: (a, pct) => ({ ...a, cooperation: { ...a.cooperation, shares: rebalanceShares(a.cooperation.shares, 'us', pct / 100) } }),
} satisfies Record<string, Setter<number>>;

export type NumberField = keyof typeof NUMBER_SETTERS;

export const setIceFreeYear: Setter<number | null> = (a, v) => ({ ...a, ice: { ...a.ice, iceFreeYear: v } });
export const setOpenYear: Setter<number | null> = (a, v) => ({ ...a, link: { ...a.link, openYear: v } });
export const setCarbonOnCombustion: Setter<boolean> = (a, v) => ({ ...a, markets: { ...a.markets, carbonOnCombustion: v } });
export const setShares: Setter<Assumptions['cooperation']['shares']> = (a, shares) => ({ ...a, cooperation: { ...a.cooperation, shares } });

/** A share as a whole percent for its slider. */
export const toPercent = (fraction: number) => Math.round(fraction * 100);

/** Whether two assumption sets agree on every field of the assumption table. */
export { isSameAssumptions } from '@/lib/model/assumption-fields';
