/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly; keep it external so it is loaded from node_modules on the server
  // and never copied into the public static assets (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
};

export default nextConfig;
