// The engine's yearly steps in words: a summary of lib/model (simulate → runEngine and its
// helpers ice, resources, transport, link; summarize). docs/model.md has the equations; keep both in step.
import styles from '../methodology.module.css';

/** The steps the engine takes for every year from 2025 to the horizon. */
export function EngineSteps() {
  return (
    <ol className={styles.steps}>
      <li>
        <strong>Sea ice.</strong> Up to the last observed year the September extent is the observation. After it, the extent starts from the
        mean observed since 2007 (the recent plateau) and falls along a curve that reaches 0.9 million km², just under the “practically
        ice-free” threshold of 1 million km², in the scenario’s ice-free year, then decays towards a floor set by the pathway. With no
        ice-free year the curve aims at a distant year and never falls below 1.05 million km².
      </li>
      <li>
        <strong>Navigable season.</strong> Each ice zone (Northern Sea Route, Bering Strait, transpolar) gets a season in days per year,
        read off the extent along straight lines between calibration points (engine parameters below). Open-water ships sail a zone only
        while its season reaches the minimum; out of season only ice-class ships with icebreaker escort sail, where the zone allows it (the
        Bering and Chukchi seas, not the through-passage of the Northern Sea Route nor the central Arctic).
      </li>
      <li>
        <strong>Transport cost.</strong> For every route leg and year, cost per tonne = distance × the mode’s unit cost + handling + canal
        toll, + the tunnel tariff on the link, + carbon price × the leg’s transport CO2, + an ice premium × the share of the year the zone
        is closed (so it falls as the season lengthens). Before the tunnel opens its legs have no cost. Each leg’s cost is also given by
        component (line haul, handling, tariff or toll, ice premium, carbon) with its origin and destination.
      </li>
      <li>
        <strong>Resources.</strong> Producing assets run from the first year. Planned projects and prospects start in the first year from
        their earliest start year on in which cooperation is at least their minimum level, some route can carry their output, and the
        netback (price, less the combustion carbon price where chosen) minus production cost minus the cheapest transport cost is positive;
        once started, a basin runs while it covers its operating cost. Output ramps up linearly to a plateau, and is capped each year by the
        decline rate × the remaining resource and by the remaining resource itself, so cumulative output never exceeds it. A basin is shut
        in any year its margin is not positive.
      </li>
      <li>
        <strong>Routing.</strong> Each leg offers two options a year: in season, for what is produced while the sea is open, at its cost
        without ice premium; and out of season, at that cost plus the ice-class and escort premium, or, for coal and concentrates, plus the
        cost of storing the cargo until the season. Each basin ships on its cheapest options first, and only on options where its margin
        stays positive: no leg is used at a loss, and output that no option carries at a profit is not produced. When more output wants the
        tunnel than its capacity, the basins that would lose most per tonne without it keep it first and the rest take their next-cheapest
        profitable option. In every year the transport volumes add up to production.
      </li>
      <li>
        <strong>Ownership.</strong> Without cooperation a project belongs to its host country less the existing partner stakes (other
        companies’ stakes count for the host). Joint projects move towards the scenario’s Russia / China / US shares in proportion to the
        cooperation level. Production, revenue and operating surplus are split by these shares; World is the total.
      </li>
      <li>
        <strong>Transit freight.</strong> Container freight between Asia and the North American interior (Shanghai to Chicago, both ways)
        grows at the scenario’s rate and chooses between the link and sea + rail via Prince Rupert by generalised cost: freight + value of
        time × days in transit, split by a logit so that the cheaper route takes the larger share. The link takes its share only within the
        capacity the basins leave. Transit is counted apart from production.
      </li>
      <li>
        <strong>Money and emissions.</strong> Revenue = output × market price; operating surplus = output × (netback − production cost) −
        transport spend; transport CO2 = tonne-kilometres × the mode’s emission factor; combustion CO2 = hydrocarbons produced × their
        emission factor; tunnel utilisation = tonnes through the tunnel (basin output and transit) ÷ capacity. The same inputs always give
        the same results.
      </li>
      <li>
        <strong>The link’s account.</strong> The construction cost, split into tunnel and connecting rail, is spent evenly over the building
        years before opening. Revenue is the tariff on every tonne through the strait plus the line haul on the rail the corridor builds;
        operating cost is a fixed share of the construction cost plus the rail’s operating ratio. The cash flow is discounted to 2025 at the
        scenario’s rate: its sum is the link’s net present value, and the payback year is the first year the discounted sum turns positive.
        The break-even tariff is the tariff that brings the value to zero at the scenario’s traffic; the break-even volume is the yearly
        tonnage that would pay the link back by the horizon.
      </li>
      <li>
        <strong>Summary figures.</strong> Present values of the operating surplus use the scenario’s discount rate, discounted to 2025.
      </li>
    </ol>
  );
}
