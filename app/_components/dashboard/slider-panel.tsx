'use client';
// The assumption controls, grouped Ice / Link / Markets / Cooperation (DESIGN.md "Pages").
import { memo, useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { Assumptions, Pathway } from '@/lib/model/types';
import { PATHWAYS } from '@/lib/model/types';
import { SLIDER_BOUNDS as B } from '@/lib/schemas/url-state-query';
import {
  isSameAssumptions,
  NUMBER_SETTERS,
  setCarbonOnCombustion,
  setIceFreeYear,
  setOpenYear,
  setPathway,
  setShares,
  toPercent,
  type NumberField,
} from './assumption-setters';
import { RangeField } from './range-field';
import styles from './dashboard.module.css';

export interface SliderPanelProps {
  assumptions: Assumptions;
  /** What the per-slider resets restore (the baseline scenario). */
  baseline: Assumptions;
  setAssumptions: Dispatch<SetStateAction<Assumptions>>;
  onResetAll: () => void;
  /** Field errors from a save, keyed by dotted path ("assumptions.link.capacityMtPerYear"). */
  fieldErrors: Record<string, string>;
}

const PATHWAY_LABELS: Record<Pathway, string> = {
  'SSP1-2.6': 'SSP1-2.6 — low emissions',
  'SSP2-4.5': 'SSP2-4.5 — middle of the road',
  'SSP3-7.0': 'SSP3-7.0 — regional rivalry',
  'SSP5-8.5': 'SSP5-8.5 — high emissions',
};

const pct = (v: number) => `${v}`;
const yearText = (v: number) => `year ${v}`;
const twoDecimals = (v: number) => v.toFixed(2);

/** The cooperation level in words, for the visible value and screen readers. */
const cooperationText = (level: number) =>
  `${twoDecimals(level)} · ${level <= 0 ? 'each country alone' : level >= 1 ? 'full cooperation' : 'partial'}`;
const rateText = (v: number) => v.toFixed(1);
const err = (errors: Record<string, string>, path: string) => errors[`assumptions.${path}`];

function SliderPanelInner({ assumptions: a, baseline, setAssumptions, onResetAll, fieldErrors }: SliderPanelProps) {
  const on = useMemo(() => {
    const handlers = {} as Record<NumberField, (v: number) => void>;
    for (const [field, set] of Object.entries(NUMBER_SETTERS) as [NumberField, (a: Assumptions, v: number) => Assumptions][]) {
      handlers[field] = (v: number) => setAssumptions((prev) => set(prev, v));
    }
    return handlers;
  }, [setAssumptions]);

  // Remember the last year chosen, so unticking "never"/"no tunnel" brings it back.
  const [lastIceFree, setLastIceFree] = useState(a.ice.iceFreeYear ?? baseline.ice.iceFreeYear ?? 2072);
  const [lastOpen, setLastOpen] = useState(a.link.openYear ?? baseline.link.openYear ?? 2042);
  if (a.ice.iceFreeYear !== null && a.ice.iceFreeYear !== lastIceFree) setLastIceFree(a.ice.iceFreeYear);
  if (a.link.openYear !== null && a.link.openYear !== lastOpen) setLastOpen(a.link.openYear);

  const onPathway = useCallback((p: Pathway) => setAssumptions((prev) => setPathway(prev, p)), [setAssumptions]);
  const isDirty = !isSameAssumptions(a, baseline);
  const yearOrNever = (y: number | null, never: string) => (y === null ? never : String(y));

  return (
    <form className={styles.panel} aria-labelledby="assumptions-title" onSubmit={(e) => e.preventDefault()}>
      <div className={styles.panelHead}>
        <h2 id="assumptions-title" className={styles.panelTitle}>
          Assumptions
        </h2>
        <button type="button" className="button button-small" onClick={onResetAll} disabled={!isDirty}>
          Reset all
        </button>
      </div>

      <fieldset className={styles.group}>
        <legend>Ice</legend>
        <div className={styles.field}>
          <label htmlFor="pathway" className={styles.fieldLabel}>
            Sea-ice pathway
          </label>
          <div className={styles.selectRow}>
            <select id="pathway" name="pathway" value={a.ice.pathway} onChange={(e) => onPathway(e.currentTarget.value as Pathway)}>
              {PATHWAYS.map((p) => (
                <option key={p} value={p}>
                  {PATHWAY_LABELS[p]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={styles.reset}
              onClick={() => setAssumptions((prev) => ({ ...prev, ice: { ...prev.ice, pathway: baseline.ice.pathway } }))}
              disabled={a.ice.pathway === baseline.ice.pathway}
              aria-label={`Reset sea-ice pathway to baseline ${baseline.ice.pathway}`}
              title={`Reset to baseline (${baseline.ice.pathway})`}
            >
              ↺
            </button>
          </div>
        </div>
        <RangeField
          name="iceFree"
          label="First ice-free September"
          unit=""
          valueText={yearText}
          value={a.ice.iceFreeYear ?? lastIceFree}
          {...B.iceFreeYear}
          disabled={a.ice.iceFreeYear === null}
          resetValue={baseline.ice.iceFreeYear ?? lastIceFree}
          isAtBaseline={a.ice.iceFreeYear === baseline.ice.iceFreeYear}
          resetText={yearOrNever(baseline.ice.iceFreeYear, 'never')}
          onReset={() => setAssumptions((prev) => setIceFreeYear(prev, baseline.ice.iceFreeYear))}
          onChange={on.iceFree}
          error={err(fieldErrors, 'ice.iceFreeYear')}
          extra={
            <label className={styles.check}>
              <input
                type="checkbox"
                name="iceFreeNever"
                checked={a.ice.iceFreeYear === null}
                onChange={(e) => {
                  const never = e.currentTarget.checked;
                  setAssumptions((prev) => setIceFreeYear(prev, never ? null : lastIceFree));
                }}
              />
              Never (summer ice persists)
            </label>
          }
        />
        <RangeField name="horizon" label="Horizon (last year simulated)" unit="" valueText={yearText} value={a.horizonYear} {...B.horizonYear} resetValue={baseline.horizonYear} onChange={on.horizon} error={err(fieldErrors, 'horizonYear')} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Link</legend>
        <RangeField
          name="open"
          label="Tunnel opens"
          unit=""
          valueText={yearText}
          value={a.link.openYear ?? lastOpen}
          {...B.openYear}
          disabled={a.link.openYear === null}
          resetValue={baseline.link.openYear ?? lastOpen}
          isAtBaseline={a.link.openYear === baseline.link.openYear}
          resetText={yearOrNever(baseline.link.openYear, 'no tunnel')}
          onReset={() => setAssumptions((prev) => setOpenYear(prev, baseline.link.openYear))}
          onChange={on.open}
          error={err(fieldErrors, 'link.openYear')}
          extra={
            <label className={styles.check}>
              <input
                type="checkbox"
                name="noTunnel"
                checked={a.link.openYear === null}
                onChange={(e) => {
                  const none = e.currentTarget.checked;
                  setAssumptions((prev) => setOpenYear(prev, none ? null : lastOpen));
                }}
              />
              No tunnel
            </label>
          }
        />
        <RangeField name="cap" label="Capacity" unit="Mt/yr" value={a.link.capacityMtPerYear} {...B.capacityMtPerYear} resetValue={baseline.link.capacityMtPerYear} onChange={on.cap} error={err(fieldErrors, 'link.capacityMtPerYear')} />
        <RangeField name="capex" label="Construction cost" unit="bn USD" value={a.link.capexBnUsd} {...B.capexBnUsd} resetValue={baseline.link.capexBnUsd} onChange={on.capex} error={err(fieldErrors, 'link.capexBnUsd')} />
        <RangeField name="tariff" label="Tunnel tariff" unit="USD/t" value={a.link.tariffUsdPerTonne} {...B.tariffUsdPerTonne} resetValue={baseline.link.tariffUsdPerTonne} onChange={on.tariff} error={err(fieldErrors, 'link.tariffUsdPerTonne')} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Markets</legend>
        <RangeField name="carbon" label="Carbon price" unit="USD/t CO2" value={a.markets.carbonPriceUsdPerTonne} {...B.carbonPriceUsdPerTonne} resetValue={baseline.markets.carbonPriceUsdPerTonne} onChange={on.carbon} error={err(fieldErrors, 'markets.carbonPriceUsdPerTonne')} />
        <div className={styles.field}>
          <div className={styles.selectRow}>
            <label className={styles.check}>
              <input
                type="checkbox"
                name="combustion"
                checked={a.markets.carbonOnCombustion}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setAssumptions((prev) => setCarbonOnCombustion(prev, checked));
                }}
              />
              Carbon price also on combustion
            </label>
            <button
              type="button"
              className={styles.reset}
              onClick={() => setAssumptions((prev) => setCarbonOnCombustion(prev, baseline.markets.carbonOnCombustion))}
              disabled={a.markets.carbonOnCombustion === baseline.markets.carbonOnCombustion}
              aria-label={`Reset carbon on combustion to baseline ${baseline.markets.carbonOnCombustion ? 'on' : 'off'}`}
              title="Reset to baseline"
            >
              ↺
            </button>
          </div>
        </div>
        <RangeField name="rate" label="Discount rate" unit="%" value={a.markets.discountRatePct} {...B.discountRatePct} format={rateText} resetValue={baseline.markets.discountRatePct} onChange={on.rate} error={err(fieldErrors, 'markets.discountRatePct')} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Cooperation</legend>
        <RangeField name="coop" label="Cooperation level" unit="0–1" value={a.cooperation.level} {...B.cooperationLevel} format={twoDecimals} valueText={cooperationText} resetValue={baseline.cooperation.level} onChange={on.coop} error={err(fieldErrors, 'cooperation.level')} hint="0 = each country alone, 1 = every joint project shared" />
        <p className={styles.groupNote} id="shares-note">
          Shares of joint projects always add up to 100 %: moving one rescales the other two.
        </p>
        <RangeField name="ru" label="Russia's share" unit="%" value={toPercent(a.cooperation.shares.russia)} min={0} max={100} step={1} format={pct} resetValue={toPercent(baseline.cooperation.shares.russia)} onReset={() => setAssumptions((prev) => setShares(prev, baseline.cooperation.shares))} onChange={on.ru} error={err(fieldErrors, 'cooperation.shares')} />
        <RangeField name="cn" label="China's share" unit="%" value={toPercent(a.cooperation.shares.china)} min={0} max={100} step={1} format={pct} resetValue={toPercent(baseline.cooperation.shares.china)} onReset={() => setAssumptions((prev) => setShares(prev, baseline.cooperation.shares))} onChange={on.cn} />
        <RangeField name="us" label="US share" unit="%" value={toPercent(a.cooperation.shares.us)} min={0} max={100} step={1} format={pct} resetValue={toPercent(baseline.cooperation.shares.us)} onReset={() => setAssumptions((prev) => setShares(prev, baseline.cooperation.shares))} onChange={on.us} />
      </fieldset>
    </form>
  );
}

/** The grouped sliders; a change re-renders only the fields whose value moved. */
export const SliderPanel = memo(SliderPanelInner);
