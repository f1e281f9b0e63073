// The link's headline figures (lib/charts/link-figures.ts) read from real runs' summaries.
import { describe, expect, it } from 'vitest';
import { averageCrossingsMtPerYear, formatSigned, toLinkFigures } from '@/lib/charts/link-figures';
import { formatNumber } from '@/lib/charts/format';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions } from '@/lib/model/types';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const scenario = (a: Assumptions) => ({ summary: simulate(catalog, a).summary, assumptions: a });
const ctx = { horizonYear: 2075, discountRatePct: 7 };
const reference = scenario(makeAssumptions());
const noTunnel = scenario(makeAssumptions({ link: { openYear: null } }));
const byId = (figures: ReturnType<typeof toLinkFigures>) => Object.fromEntries(figures.map((f) => [f.id, f]));

describe('toLinkFigures', () => {
  it('shows NPV, payback, break-even tariff and volume from the summary, against the capacity and the tariff charged', () => {
    const f = byId(toLinkFigures(reference, noTunnel, ctx));
    const s = reference.summary;
    expect(Object.keys(f)).toEqual(['link-npv', 'payback', 'break-even-tariff', 'break-even-volume']);
    expect(f['link-npv']!.label).toBe('Link NPV at 7 %');
    expect(f['link-npv']!.value).toBe(`${formatSigned(s.linkNpvBnUsd, 1)} bn USD`);
    expect(f['link-npv']!.value.startsWith('−')).toBe(true);
    expect(f['link-npv']!.details[0]).toContain(`construction ${formatNumber(s.linkCapexBnUsd, 1)} bn USD`);
    expect(f['link-npv']!.delta).toBe('baseline: none');
    expect(f.payback!.value).toBe('not by 2075');
    expect(f.payback!.label).toBe('Link payback (discounted)');
    expect(f['break-even-tariff']!.value).toBe(`${formatNumber(s.breakEvenTariffUsdPerTonne, 1)} USD/t`);
    expect(f['break-even-tariff']!.details).toEqual(['charged: 15 USD/t']);
    expect(f['break-even-volume']!.value).toBe(`${formatNumber(s.breakEvenVolumeMtPerYear, 1)} Mt/yr`);
    const cap = reference.assumptions.link.capacityMtPerYear;
    expect(f['break-even-volume']!.details[0]).toBe(`${formatNumber(s.breakEvenVolumeMtPerYear! / cap, 1)}× the capacity of ${cap} Mt/yr`);
    expect(f['break-even-volume']!.details[1]).toBe(`carries ${formatNumber(averageCrossingsMtPerYear(reference), 1)} Mt/yr on average`);
  });

  it('says "no tunnel" without a link, and reads the deltas against a baseline with one', () => {
    const f = byId(toLinkFigures(noTunnel, reference, ctx));
    expect(f['link-npv']!.value).toBe('no tunnel');
    expect(f.payback!.value).toBe('no tunnel');
    expect(f['break-even-tariff']!.value).toBe('no tunnel');
    expect(f['break-even-volume']!.value).toBe('no tunnel');
    expect(f['link-npv']!.delta).toBe(`baseline: ${formatNumber(reference.summary.linkNpvBnUsd, 1)} bn USD`);
  });

  it('reads a payback year and a cheaper-than-charged break-even tariff for a link that wins', () => {
    const winning = scenario(
      makeAssumptions({ link: { capexBnUsd: 10, tariffUsdPerTonne: 40 }, transit: { valueOfTimeUsdPerTonneDay: 100 } }),
    );
    const f = byId(toLinkFigures(winning, reference, ctx));
    expect(f.payback!.value).toBe(String(winning.summary.linkPaybackYear));
    expect(f['link-npv']!.value).not.toMatch(/−/);
    expect(f['link-npv']!.delta).toMatch(/^\+[\d.,]+ bn USD vs baseline$/);
    expect(f['break-even-tariff']!.value).toBe(`${formatNumber(winning.summary.breakEvenTariffUsdPerTonne, 1)} USD/t`);
  });

  it('says "never" for the payback of a link that charges no tariff and does not pay back', () => {
    const free = scenario(makeAssumptions({ link: { tariffUsdPerTonne: 0 } }));
    expect(byId(toLinkFigures(free, reference, ctx)).payback!.value).toBe('never');
  });

  it('says nothing crosses and nothing pays back for a link that opens after the horizon', () => {
    const late = scenario(makeAssumptions({ link: { openYear: 2090 } }));
    const f = byId(toLinkFigures(late, reference, ctx));
    expect(f['break-even-tariff']!.value).toBe('none: nothing crosses');
    expect(f['break-even-volume']!.value).toBe('none pays back');
    expect(f['break-even-volume']!.details[1]).toBe('carries nothing by the horizon');
  });
});
