// The engine's yearly steps in words: a summary of lib/model (simulate → runEngine and its
// helpers ice, resources, transport, link; summarize). docs/model.md has the equations; keep both in step.
import styles from '../methodology.module.css';

/** The steps the engine takes for every year from 2025 to the horizon. */
export function EngineSteps() {
  return (
    <ol className={styles.steps}>
      <li>
        <strong>Sea ice.</strong> Up to the last observed year the September extent is the observation. After it, the extent
        starts from the mean observed since 2007 (the recent plateau) and falls along a curve that reaches 0.9 million km², just
        under the “practically ice-free” threshold of 1 million km², in the scenario’s ice-free year, then decays towards a floor
        set by the pathway. With no ice-free year the curve aims at a distant year and never falls below 1.05 million km².
      </li>
      <li>
        <strong>Navigable season.</strong> Each ice zone (Northern Sea Route, Bering Strait, transpolar) gets a season in days per
        year, read off the extent along straight lines between calibration points (engine parameters below). A sea leg through a
        zone whose season is shorter than the minimum has no cost that year (an empty value) and carries nothing.
      </li>
      <li>
        <strong>Transport cost.</strong> For every route leg and year, cost per tonne = distance × the mode’s unit cost + handling
        + canal toll, + the tunnel tariff on the link, + carbon price × the leg’s transport CO2, + an ice premium × the share of
        the year the zone is closed (so it falls as the season lengthens). Before the tunnel opens its legs have no cost.
      </li>
      <li>
        <strong>Resources.</strong> Producing assets run from the first year. Planned projects and prospects start in the first
        year from their earliest start year on in which cooperation is at least their minimum level, some route can carry their
        output, and the netback (price, less the combustion carbon price where chosen) minus production cost minus the cheapest
        transport cost is positive. Output ramps up linearly to a plateau, and is capped each year by the decline rate × the
        remaining resource and by the remaining resource itself, so cumulative output never exceeds it. A basin is shut in
        any year its margin is not positive.
      </li>
      <li>
        <strong>Routing.</strong> Each basin ships by its cheapest usable legs first. Oil and LNG cannot wait for the season, so a
        leg through ice takes at most the navigable share of their year; solids are stockpiled and shipped in season. When more
        output wants the tunnel than its capacity, the basins that would lose most per tonne without it keep it first and the
        rest take their next-cheapest route. Output that finds no route is not produced, so in every year the transport
        volumes add up to production.
      </li>
      <li>
        <strong>Ownership.</strong> Without cooperation a project belongs to its host country less the existing partner stakes
        (other companies’ stakes count for the host). Joint projects move towards the scenario’s Russia / China / US shares in
        proportion to the cooperation level. Production, revenue and operating surplus are split by these shares; World is the
        total.
      </li>
      <li>
        <strong>Money and emissions.</strong> Revenue = output × market price; operating surplus = output × (netback − production
        cost) − transport spend; transport CO2 = tonne-kilometres × the mode’s emission factor; combustion CO2 = hydrocarbons
        produced × their emission factor; tunnel utilisation = tonnes through the tunnel ÷ capacity, and its revenue = tonnes ×
        tariff. The same inputs always give the same results.
      </li>
      <li>
        <strong>Summary figures.</strong> The tunnel’s simple payback year is the first year its cumulative tariff revenue
        reaches the construction cost; present values of the operating surplus use the scenario’s discount rate, discounted to
        2025.
      </li>
    </ol>
  );
}
