// Pure: data only. The catalog's origins (a basin's `origin`, and the transit origin): the network
// node where each one's cargo enters the corridor network (ADR 024) and the name people read
// (ADR 047). Kept apart from the network's segments so that the dashboard's first load can name
// origins without carrying the network and its sources.

/** One origin: its network node (`CORRIDOR_NODES` id) and its display name. */
export interface OriginPlace {
  node: string;
  /** The region and, where the cargo leaves from one place, that place: "Red Dog (NW Alaska)". */
  name: string;
}

/** Every origin of the catalog and of the transit routes, by the id the catalog uses. */
export const ORIGINS: Readonly<Record<string, OriginPlace>> = {
  yamal: { node: 'sabetta', name: 'Yamal (Sabetta)' },
  pechora: { node: 'varandey', name: 'Pechora (Varandey)' },
  yenisei: { node: 'dudinka', name: 'Yenisei (Dudinka)' },
  laptev: { node: 'laptev-shelf', name: 'Laptev shelf' },
  chukotka: { node: 'pevek', name: 'Chukotka (Pevek)' },
  okhotsk: { node: 'okhotsk-port', name: 'Okhotsk coast (Elga)' },
  'chukchi-offshore': { node: 'chukchi-offshore', name: 'North Chukchi shelf' },
  'alaska-northwest': { node: 'red-dog-port', name: 'Red Dog (NW Alaska)' },
  'alaska-interior': { node: 'fairbanks', name: 'Interior Alaska' },
  'alaska-south': { node: 'valdez', name: 'Valdez and Nikiski' },
  Shanghai: { node: 'shanghai', name: 'Shanghai' },
};

/**
 * The display name of an origin id ("alaska-northwest" → "Red Dog (NW Alaska)"), or
 * null when the id is not an origin. Destinations are already names ("Shanghai").
 */
export function findOriginName(origin: string): string | null {
  return Object.hasOwn(ORIGINS, origin) ? ORIGINS[origin]!.name : null;
}
