// Pure: data only. The catalog's origins (a basin's `origin`, and the transit origin): the network
// node where each one's cargo enters the corridor network (ADR 024) and the name people read
// (ADR 047). Kept apart from the network's segments so that the dashboard's first load can name
// origins without carrying the network and its sources.

/** One origin: its network node (`CORRIDOR_NODES` id) and its display name. */
export interface OriginPlace {
  node: string;
  /** The region and, where the cargo leaves from one place, that place: "Northwest Alaska (Red Dog port)". */
  name: string;
}

/** Every origin of the catalog and of the transit routes, by the id the catalog uses. */
export const ORIGINS: Readonly<Record<string, OriginPlace>> = {
  yamal: { node: 'sabetta', name: 'Yamal (Sabetta)' },
  pechora: { node: 'varandey', name: 'Pechora Sea (Varandey)' },
  yenisei: { node: 'dudinka', name: 'Yenisei (Dudinka)' },
  laptev: { node: 'laptev-shelf', name: 'Laptev shelf' },
  chukotka: { node: 'pevek', name: 'Chukotka (Pevek)' },
  okhotsk: { node: 'okhotsk-port', name: 'Okhotsk coast (Elga port)' },
  'chukchi-offshore': { node: 'chukchi-offshore', name: 'North Chukchi shelf' },
  'alaska-northwest': { node: 'red-dog-port', name: 'Northwest Alaska (Red Dog port)' },
  'alaska-interior': { node: 'fairbanks', name: 'Interior Alaska (Fairbanks)' },
  'alaska-south': { node: 'valdez', name: 'Southcentral Alaska (Valdez, Nikiski)' },
  Shanghai: { node: 'shanghai', name: 'Shanghai' },
};

/**
 * The display name of an origin id ("alaska-northwest" → "Northwest Alaska (Red Dog port)"), or
 * null when the id is not an origin. Destinations are already names ("Shanghai").
 */
export function findOriginName(origin: string): string | null {
  return Object.hasOwn(ORIGINS, origin) ? ORIGINS[origin]!.name : null;
}
