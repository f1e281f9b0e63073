// Pure: reads no database, clock or globals. Present values and payback over yearly series.

/**
 * Present value in the first year of `values` (billion USD if the values are): Σ v_t / (1+r)^t,
 * r = `discountRatePct` / 100, t = 0 for the first year. Nulls count as 0; an empty series gives 0;
 * a rate at or below −100 % is treated as 0 %.
 */
export function presentValue(values: readonly (number | null)[], discountRatePct: number): number {
  const rate = discountRatePct > -100 ? discountRatePct / 100 : 0;
  let factor = 1;
  let sum = 0;
  for (const v of values) {
    sum += (v ?? 0) / factor;
    factor *= 1 + rate;
  }
  return sum;
}

/**
 * First year in which cumulative `revenues` (undiscounted, same unit as `capex`) reach `capex`,
 * or null if they never do within the years given. A capex ≤ 0 pays back in the first year that
 * has a non-null revenue (the opening year), or null if there is none.
 */
export function paybackYear(years: readonly number[], revenues: readonly (number | null)[], capex: number): number | null {
  let cumulative = 0;
  for (let t = 0; t < years.length; t += 1) {
    const v = revenues[t];
    if (v === null || v === undefined) continue;
    cumulative += v;
    if (cumulative >= capex) return years[t] ?? null;
  }
  return null;
}
