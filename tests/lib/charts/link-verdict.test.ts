// The sentence on why the link wins or loses (lib/charts/link-verdict.ts), held to the numbers of
// real engine runs: presets, the edge cases and random scenarios.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/charts/format';
import { formatSigned } from '@/lib/charts/link-figures';
import { explainLink, type LinkVerdict } from '@/lib/charts/link-verdict';
import { PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions } from '@/lib/model/types';
import { assumptionsArbitrary } from '../../support/arbitraries';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const tunnel = catalog.routes.find((r) => r.isLink)!.name;
const explain = (a: Assumptions) => {
  const result = simulate(catalog, a);
  return { result, verdict: explainLink(result, a, tunnel)! };
};

/** Every claim of the sentence against the numbers of the run. */
function expectTrueTo(a: Assumptions, { result, verdict }: { result: ReturnType<typeof simulate>; verdict: LinkVerdict }) {
  const s = result.summary;
  const { sentence, facts } = verdict;
  expect(sentence.split(/(?<=\.)\s+[A-Z]/)).toHaveLength(1); // one sentence
  expect(facts.linkCostUsdPerTonne).toBe(s.transitLinkGeneralisedCostUsdPerTonne);
  expect(facts.seaCostUsdPerTonne).toBe(s.transitSeaGeneralisedCostUsdPerTonne);
  const expectCosts = () => {
    expect(sentence).toContain(`${formatNumber(facts.linkCostUsdPerTonne, 0)} USD/t by the link`);
    expect(sentence).toContain(` ${formatNumber(facts.seaCostUsdPerTonne, 0)} by `);
    expect(sentence.includes('against only')).toBe(facts.linkCostUsdPerTonne > facts.seaCostUsdPerTonne);
  };
  if (a.link.openYear === null) {
    expect(facts.kind).toBe('no-tunnel');
    expect(sentence).toMatch(/^With no link in this scenario nothing crosses the strait/);
    expectCosts();
    expect(s.crossingsEastboundMt + s.crossingsWestboundMt).toBe(0);
    expect(sentence).toContain(`about ${formatNumber(s.transitLinkSharePct, 1)} % of that freight`);
    return;
  }
  // Discounted revenue − operating cost − construction is the NPV the engine reports.
  expect(facts.revenuePvBnUsd - facts.operatingCostPvBnUsd - facts.capitalPvBnUsd).toBeCloseTo(s.linkNpvBnUsd!, 6);
  if (a.link.openYear > a.horizonYear) {
    expect(facts.kind).toBe('after-horizon');
    expect(sentence).toContain(`opens in ${a.link.openYear}, after the ${a.horizonYear} horizon`);
    expect(s.crossingsEastboundMt + s.crossingsWestboundMt).toBe(0);
    expect(sentence.includes('nothing is spent')).toBe(facts.capitalPvBnUsd === 0);
    if (facts.capitalPvBnUsd > 0) expect(sentence).toContain(`NPV of ${formatSigned(s.linkNpvBnUsd, 1)} bn USD`);
    return;
  }
  expect(facts.kind).toBe('open');
  expectCosts();
  const npv = s.linkNpvBnUsd!;
  expect(sentence.startsWith(npv >= 0 ? 'The link wins' : 'The link loses')).toBe(true);
  expect(sentence).toContain(`${formatNumber(Math.abs(npv), 1)} bn USD (NPV at`);
  expect(sentence.includes(' covers the ')).toBe(facts.revenuePvBnUsd - facts.operatingCostPvBnUsd >= facts.capitalPvBnUsd);
  expect(sentence.includes(' falls short of the ')).toBe(facts.revenuePvBnUsd - facts.operatingCostPvBnUsd < facts.capitalPvBnUsd);
  expect(sentence).toContain(`takes ${formatNumber(facts.transitSharePct, 1)} % of transit`);
  expect(sentence.includes('no basin output')).toBe(facts.resourcesMt === 0);
  // The share quoted is what went through the link of all transit in the open years.
  const viaLink = s.transitFreightViaLinkMt;
  expect(facts.transitSharePct! > 0).toBe(viaLink > 0);
}

describe('explainLink', () => {
  it.each(PRESETS.map((p) => [p.id, p.assumptions] as const))('tells the truth about preset %s', (_, a) => {
    expectTrueTo(a, explain(a));
  });

  it('says what a link that does not exist would cost and take', () => {
    const run = explain(makeAssumptions({ link: { openYear: null } }));
    expect(run.verdict.sentence).toMatch(
      /^With no link in this scenario nothing crosses the strait; if it were built, Shanghai → Chicago freight would cost \d+ USD\/t by the link/,
    );
    expectTrueTo(makeAssumptions({ link: { openYear: null } }), run);
  });

  it('says a link opening after the horizon carries nothing, and what was spent on it by then', () => {
    const spent = makeAssumptions({ link: { openYear: 2080 } });
    const a = explain(spent);
    expect(a.verdict.sentence).toContain('construction spent from 2068 on');
    expect(a.result.summary.linkNpvBnUsd!).toBeLessThan(0);
    expectTrueTo(spent, a);
    const none = makeAssumptions({ link: { openYear: 2095 } });
    const b = explain(none);
    expect(b.verdict.sentence).toContain('nothing is spent on it by then either');
    expectTrueTo(none, b);
  });

  it('says the link wins when it is cheaper with time counted, and its revenue covers its cost', () => {
    const winning = makeAssumptions({ link: { capexBnUsd: 10, tariffUsdPerTonne: 40 }, transit: { valueOfTimeUsdPerTonneDay: 100 } });
    const run = explain(winning);
    expect(run.result.summary.linkNpvBnUsd!).toBeGreaterThan(0);
    expect(run.verdict.sentence).toMatch(/^The link wins: it earns [\d.,]+ bn USD/);
    expect(run.verdict.sentence).toContain(' covers the ');
    expect(run.verdict.sentence).not.toContain('against only');
    expectTrueTo(winning, run);
  });

  it('tells the truth about any scenario', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), (a) => expectTrueTo(a, explain(a))),
      { numRuns: 40, seed: 49 },
    );
  });

  it('gives nothing for a result without a summary', () => {
    const run = simulate(catalog, makeAssumptions());
    expect(explainLink({ years: run.years, series: run.series }, makeAssumptions(), tunnel)).toBeNull();
  });
});
