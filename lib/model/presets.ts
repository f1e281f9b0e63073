// Pure: data only. The default assumptions and the preset scenarios, with the reason for every
// number. Figures come from the project's reference notes (docs/sources.md); the rest are
// labelled assumptions.
import type { Assumptions, Pathway } from './types';

/**
 * First practically ice-free September by pathway, used when a user picks a pathway.
 * Shen, Zhou, Li & Chan 2023 (npj Clim. Atmos. Sci. 6): SSP5-8.5 central 2050–2054 (2052 used);
 * SSP3-7.0 about 11 years later; SSP2-4.5 about 20 years later; SSP1-2.6 ice-free "unlikely"
 * (IPCC AR6 agrees), so null = never. Kim et al. 2023 would put SSP1-2.6 in the 2050s: contested.
 */
export const PATHWAY_ICE_FREE_YEAR: Record<Pathway, number | null> = {
  'SSP1-2.6': null,
  'SSP2-4.5': 2072,
  'SSP3-7.0': 2063,
  'SSP5-8.5': 2052,
};

/** Where each default assumption comes from ("assumption" = the modeller's choice). */
export const ASSUMPTION_SOURCES: Record<string, string> = {
  horizonYear: 'assumption: 50 years ahead, long enough for projects unlocked after a 2040s opening to run their course',
  'ice.pathway': 'assumption: middle-of-the-road pathway SSP2-4.5',
  'ice.iceFreeYear': 'Shen et al. 2023 (npj Clim. Atmos. Sci. 6): SSP2-4.5 about 20 years after the SSP5-8.5 central 2050–2054',
  'link.openYear': 'assumption: 10–15 years to build (memim; BBC 2011) after a decision around 2027',
  'link.capacityMtPerYear': '2011 TKM-World Link plan: 100 Mt/yr (Railways Africa); the 2007 plan said 70 Mt/yr (memim)',
  'link.capexBnUsd': 'TKM-World Link 2007 estimate for tunnel and connecting links: about USD 65 bn (memim; CNN)',
  'link.tariffUsdPerTonne': 'assumption: no tunnel tariff has been published',
  'markets.carbonPriceUsdPerTonne': 'assumption: no carbon price on Arctic freight today',
  'markets.carbonOnCombustion': 'assumption: carbon price on transport only',
  'markets.discountRatePct': 'assumption: 7 % real, a common rate for infrastructure appraisal',
  'cooperation.level': 'assumption: partial cooperation',
  'cooperation.shares': 'assumption: Russia as host takes the largest share; China follows its 29.9 % Yamal LNG stake (TASS)',
};

/** The default scenario shown on the dashboard. */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  horizonYear: 2075,
  ice: { pathway: 'SSP2-4.5', iceFreeYear: PATHWAY_ICE_FREE_YEAR['SSP2-4.5'] },
  link: { openYear: 2042, capacityMtPerYear: 100, capexBnUsd: 65, tariffUsdPerTonne: 15 },
  markets: { carbonPriceUsdPerTonne: 0, carbonOnCombustion: false, discountRatePct: 7 },
  cooperation: { level: 0.5, shares: { russia: 0.4, china: 0.35, us: 0.25 } },
};

/** A read-only preset scenario: a story told with one set of assumptions. */
export interface Preset {
  /** Stable slug; also the preset's id in the database. */
  id: string;
  name: string;
  description: string;
  assumptions: Assumptions;
}

/** The presets, in display order; the first is the dashboard's default. */
export const PRESETS: Preset[] = [
  {
    id: 'reference',
    name: 'Reference: tunnel in 2042, partial cooperation',
    description:
      'Middle ice pathway (SSP2-4.5, ice-free Septembers from 2072). The tunnel opens in 2042 at the 2011 plan capacity of 100 Mt/yr; cooperation halfway.',
    assumptions: DEFAULT_ASSUMPTIONS,
  },
  {
    id: 'no-tunnel-middle-ice',
    name: 'No tunnel, middle ice pathway',
    description:
      'SSP2-4.5 with ice-free Septembers from 2072 and no fixed link: everything moves by sea, and only through the seasons the ice allows.',
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      link: { ...DEFAULT_ASSUMPTIONS.link, openYear: null },
      cooperation: { level: 0.2, shares: { russia: 0.5, china: 0.3, us: 0.2 } },
    },
  },
  {
    id: 'tunnel-2040-full-cooperation',
    name: 'Tunnel in 2040, full cooperation',
    description:
      'The link opens in 2040 and Russia, China and the US develop every joint project together; a USD 50/t carbon price on freight.',
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      link: { ...DEFAULT_ASSUMPTIONS.link, openYear: 2040 },
      markets: { ...DEFAULT_ASSUMPTIONS.markets, carbonPriceUsdPerTonne: 50 },
      cooperation: { level: 1, shares: { russia: 0.4, china: 0.3, us: 0.3 } },
    },
  },
  {
    id: 'fast-melt-no-tunnel',
    name: 'Fast melt (SSP5-8.5), no tunnel',
    description:
      'High emissions: ice-free Septembers from 2052 open the sea routes early, and no tunnel is built.',
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      ice: { pathway: 'SSP5-8.5', iceFreeYear: PATHWAY_ICE_FREE_YEAR['SSP5-8.5'] },
      link: { ...DEFAULT_ASSUMPTIONS.link, openYear: null },
    },
  },
  {
    id: 'slow-melt-late-tunnel',
    name: 'Slow melt (SSP1-2.6), late tunnel',
    description:
      'Low emissions keep summer ice to 2100; a smaller tunnel (70 Mt/yr, the 2007 plan) opens late, in 2060, with a USD 100/t carbon price on freight and combustion.',
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      horizonYear: 2100,
      ice: { pathway: 'SSP1-2.6', iceFreeYear: PATHWAY_ICE_FREE_YEAR['SSP1-2.6'] },
      link: { ...DEFAULT_ASSUMPTIONS.link, openYear: 2060, capacityMtPerYear: 70 },
      markets: { carbonPriceUsdPerTonne: 100, carbonOnCombustion: true, discountRatePct: 5 },
      cooperation: { level: 0.7, shares: { russia: 0.4, china: 0.3, us: 0.3 } },
    },
  },
];
