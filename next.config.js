/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly; keep it external so it is loaded from node_modules on the server
  // and never copied into the public static assets (STACK.md). pino stays external too: it is
  // plain Node code and bundling it gains nothing.
  serverExternalPackages: ['@electric-sql/pglite', 'pino'],
  poweredByHeader: false,
  experimental: {
    // Server actions carry small objects (a scenario is under 2 KB); same limit as the API (ADR 062).
    serverActions: { bodySizeLimit: '64kb' },
  },
  // The proxy (proxy.ts) sets these and the CSP on pages and API answers; static build files get
  // the headers that make sense without a nonce.
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'x-content-type-options', value: 'nosniff' },
          { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
