// Pure: reads no database, clock or globals. One sentence that says why the link wins or loses
// against the sea in a scenario (issue 9), built only from the run's numbers: the Shanghai →
// Chicago generalised cost by the link and by sea + rail, the share of transit the link takes,
// basin output through it, and its discounted revenue, operating cost and construction cost,
// whose balance is the NPV. Every claim (wins/loses, dearer/cheaper, covers/falls short) is
// decided by the numbers it quotes, so the sentence cannot contradict them.
import { presentValue } from '@/lib/model/economics';
import type { Assumptions, Series, SimulationResult } from '@/lib/model/types';
import { CROSSING_DIRECTIONS, VARIABLES, crossingVariable, transitVariable } from '@/lib/model/variables';
import { formatNumber } from './format';
import { toOriginName } from './route-cost-bars';
import { formatSigned } from './link-figures';

/** The numbers the sentence quotes, so tests can hold it to them. */
export interface LinkVerdictFacts {
  kind: 'no-tunnel' | 'after-horizon' | 'open';
  npvBnUsd: number | null;
  /** Discounted to the first simulated year, billion USD, over the simulated years. */
  revenuePvBnUsd: number;
  operatingCostPvBnUsd: number;
  capitalPvBnUsd: number;
  /** Generalised cost (freight + value of time × days) of transit by the link and by the sea route, USD/t. */
  linkCostUsdPerTonne: number;
  seaCostUsdPerTonne: number;
  /** Share of all transit freight the link carried in its open years, %; null when never open. */
  transitSharePct: number | null;
  /** Basin output through the strait over the simulated years, Mt. */
  resourcesMt: number;
}

/** A verdict: the sentence and the facts it was built from. */
export interface LinkVerdict {
  sentence: string;
  facts: LinkVerdictFacts;
}

const sumOf = (values: readonly (number | null)[] | undefined, from = 0) => {
  let sum = 0;
  if (values) for (let i = from; i < values.length; i += 1) sum += values[i] ?? 0;
  return sum;
};

const bn = (x: number) => formatNumber(Math.abs(x), 1);
const usd = (x: number) => formatNumber(x, 0);

/**
 * Why the link wins or loses against the sea in `result` (a run of `assumptions`; `tunnelRoute`
 * names the link). Null when the result carries no summary. Three cases: no link (what it would
 * cost and take), a link that opens after the horizon (nothing carried; what was spent), and an
 * open link (NPV, the transit cost comparison and share, basin output, and the discounted
 * revenue less operating cost against the discounted construction cost).
 */
export function explainLink(result: SimulationResult, assumptions: Assumptions, tunnelRoute: string): LinkVerdict | null {
  const s = result.summary;
  if (s === undefined) return null;
  const rate = assumptions.markets.discountRatePct;
  const row = (variable: string): Series | undefined => result.series.find((x) => x.region === 'World' && x.variable === variable);
  const pv = (variable: string) => presentValue(row(variable)?.values ?? [], rate);
  const transit = s.routeCosts.filter((r) => r.cargo === 'Transit');
  const linkTransit = transit.find((r) => r.route === tunnelRoute);
  const seaTransit = transit.find((r) => r.route !== tunnelRoute);
  const from = linkTransit ? `${toOriginName(linkTransit.origin)} → ${linkTransit.destination}` : 'transit';
  const seaName = seaTransit?.route ?? 'sea';
  const linkCost = s.transitLinkGeneralisedCostUsdPerTonne;
  const seaCost = s.transitSeaGeneralisedCostUsdPerTonne;
  const vot = formatNumber(assumptions.transit.valueOfTimeUsdPerTonneDay, 1);
  const costs = (verb: string) =>
    `${from} freight ${verb} ${usd(linkCost)} USD/t by the link (${formatNumber(s.transitLinkDays, 1)} days at ${vot} USD/t a day) ` +
    `${linkCost > seaCost ? 'against only' : 'against'} ${usd(seaCost)} by ${seaName} (${formatNumber(s.transitSeaDays, 1)} days)`;
  const openYear = assumptions.link.openYear;
  const resourcesMt = CROSSING_DIRECTIONS.reduce((sum, d) => sum + sumOf(row(crossingVariable(d, 'Resources'))?.values), 0);
  const facts: LinkVerdictFacts = {
    kind: openYear === null ? 'no-tunnel' : openYear > assumptions.horizonYear ? 'after-horizon' : 'open',
    npvBnUsd: s.linkNpvBnUsd,
    revenuePvBnUsd: pv(VARIABLES.tunnelRevenue),
    operatingCostPvBnUsd: pv(VARIABLES.tunnelOperatingCost),
    capitalPvBnUsd: pv(VARIABLES.tunnelCapitalSpending),
    linkCostUsdPerTonne: linkCost,
    seaCostUsdPerTonne: seaCost,
    transitSharePct: null,
    resourcesMt,
  };

  if (openYear === null) {
    const share = formatNumber(s.transitLinkSharePct, 1);
    return {
      sentence: `With no link in this scenario nothing crosses the strait; if it were built, ${costs('would cost')}, so it would draw about ${share} % of that freight.`,
      facts,
    };
  }
  const npv = s.linkNpvBnUsd ?? 0;
  if (openYear > assumptions.horizonYear) {
    const start = s.linkBuildStartYear;
    const spent =
      start !== null && start <= assumptions.horizonYear
        ? `its NPV of ${formatSigned(npv, 1)} bn USD at ${formatNumber(rate, 1)} % is construction spent from ${Math.max(start, result.years[0] ?? start)} on`
        : `nothing is spent on it by then either`;
    return {
      sentence: `The link opens in ${openYear}, after the ${assumptions.horizonYear} horizon, so it carries nothing and earns nothing by then: ${spent}.`,
      facts,
    };
  }

  const t0 = Math.max(0, result.years.indexOf(openYear));
  const viaLink = sumOf(row(transitVariable(tunnelRoute))?.values, t0);
  const allTransit = transit.reduce((sum, r) => sum + sumOf(row(transitVariable(r.route))?.values, t0), 0);
  const sharePct = allTransit > 0 ? (100 * viaLink) / allTransit : 0;
  facts.transitSharePct = sharePct;
  const net = facts.revenuePvBnUsd - facts.operatingCostPvBnUsd;
  const verdict =
    npv >= 0
      ? `The link wins: it earns ${bn(npv)} bn USD (NPV at ${formatNumber(rate, 1)} %)`
      : `The link loses ${bn(npv)} bn USD (NPV at ${formatNumber(rate, 1)} %)`;
  const basin = resourcesMt > 0 ? `, plus ${formatNumber(resourcesMt, 0)} Mt of basin output over the years` : ' and no basin output';
  const money =
    `its discounted revenue of ${bn(facts.revenuePvBnUsd)} bn USD less ${bn(facts.operatingCostPvBnUsd)} bn of operating cost ` +
    `${net >= facts.capitalPvBnUsd ? 'covers' : 'falls short of'} the ${bn(facts.capitalPvBnUsd)} bn of discounted construction cost`;
  return {
    sentence: `${verdict}: ${costs('costs')}, so it takes ${formatNumber(sharePct, 1)} % of transit${basin}, and ${money}.`,
    facts,
  };
}
