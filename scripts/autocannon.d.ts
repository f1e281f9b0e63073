// The part of autocannon's API that scripts/load.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Percentiles {
    average: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Percentiles;
    requests: Percentiles & { sent: number; total: number };
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    requests?: { path: string; method?: string; headers?: Record<string, string> }[];
    timeout?: number;
    /** Sent with every request. */
    headers?: Record<string, string>;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
