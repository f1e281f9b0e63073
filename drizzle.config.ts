import { defineConfig } from 'drizzle-kit';

const url = process.env.DATABASE_URL;
const dataDir = process.env.DATA_DIR ?? './.data';

export default url
  ? defineConfig({ dialect: 'postgresql', schema: './db/schema.ts', out: './db/migrations', dbCredentials: { url } })
  : defineConfig({
      dialect: 'postgresql',
      driver: 'pglite',
      schema: './db/schema.ts',
      out: './db/migrations',
      dbCredentials: { url: `${dataDir}/pglite` },
    });
