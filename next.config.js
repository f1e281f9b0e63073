/**
 * Marks the browser's start-up scripts for eager compilation (ADR 089): Chrome then compiles all
 * their functions on a background thread while they download, instead of on the main thread when
 * each is first called. Only chunks that a page loads at start (entry chunks and the chunks they
 * share) get the hint; chunks loaded with `import()` (charts, engine, CSV writers) stay lazy.
 * Added after minification, which would drop the comment.
 */
class CompileHintsPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CompileHintsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.canBeInitial()) continue;
          for (const file of chunk.files) {
            if (!file.endsWith('.js')) continue;
            compilation.updateAsset(file, (old) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', old));
          }
        }
      });
    });
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly; keep it external so it is loaded from node_modules on the server
  // and never copied into the public static assets (STACK.md). pino stays external too: it is
  // plain Node code and bundling it gains nothing.
  serverExternalPackages: ['@electric-sql/pglite', 'pino'],
  poweredByHeader: false,
  // Built with webpack, not Turbopack (`next build --webpack`, ADR 089), for the plugin below.
  webpack(config, { dev, isServer }) {
    if (!dev && !isServer) config.plugins.push(new CompileHintsPlugin());
    return config;
  },
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
