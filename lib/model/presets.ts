// Pure: data only. The default assumptions and the preset scenarios, with the reason for every
// number. Figures come from the project's reference notes (docs/sources.md); the rest are
// labelled assumptions.
import { ASSUMPTION_FIELDS, DEFAULT_FIELD_VALUES } from './assumption-fields';
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

/** Where each default assumption comes from, by contract path (from the field table). */
export const ASSUMPTION_SOURCES: Record<string, string> = Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.path, f.source]));

/** The default scenario shown on the dashboard: the field table's defaults. */
export const DEFAULT_ASSUMPTIONS: Assumptions = DEFAULT_FIELD_VALUES;

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
    description: 'High emissions: ice-free Septembers from 2052 open the sea routes early, and no tunnel is built.',
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
      markets: { ...DEFAULT_ASSUMPTIONS.markets, carbonPriceUsdPerTonne: 100, carbonOnCombustion: true, discountRatePct: 5 },
      cooperation: { level: 0.7, shares: { russia: 0.4, china: 0.3, us: 0.3 } },
    },
  },
  {
    id: 'sanctions-lifted',
    name: 'Sanctions lifted, tunnel in 2042',
    description:
      'As the reference, but the US lifts its sanctions: Russian cargo may be sold in North America and US companies may hold stakes in Russian projects; cooperation rises to 0.75.',
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      access: { russiaToNorthAmerica: true, usStakesInRussia: true },
      cooperation: { ...DEFAULT_ASSUMPTIONS.cooperation, level: 0.75 },
    },
  },
  {
    id: 'envoy-pitch-2025',
    name: "The envoy's pitch (October 2025)",
    description:
      'The proposal as made (TASS, 17 October 2025): a rail and cargo tunnel for under USD 8 bn, built in under eight years (open in 2033), sanctions lifted and the US joining Russia and China in Arctic projects. ' +
      'The yardstick: the Gotthard base tunnel cost about USD 0.18–0.20 bn per km, so a 105 km Bering tunnel would cost 19–21 bn on land rates alone; 8 bn is about 40 % of that. ' +
      'The pitch prices the tunnel only: the ≈ 6,000 km of connecting rail stays at the 2007 estimate (USD 54 bn of 65), so the link costs 62 bn in all.',
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      // 8 bn tunnel + 54 bn connecting rail (83 % of the 2007 corridor's 65 bn); 8 / 62 ≈ 13 %.
      link: { ...DEFAULT_ASSUMPTIONS.link, openYear: 2033, buildYears: 8, capexBnUsd: 62, tunnelCapexSharePct: 13 },
      access: { russiaToNorthAmerica: true, usStakesInRussia: true },
      cooperation: { level: 1, shares: { russia: 0.4, china: 0.3, us: 0.3 } },
    },
  },
];
