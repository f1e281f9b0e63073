// Starts the production build (`next start`) on a free localhost port with its own database,
// and stops it afterwards. The build must exist (`npm test` builds first).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase } from './postgres';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
  /** Kills the server process with SIGKILL (no shutdown at all) and waits for it to be gone. */
  kill: () => Promise<void>;
  /** The server's process id. */
  pid: number;
  /** Everything the server printed so far. */
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Serves the production build on PGlite (a fresh data folder, or `dataDir`) or on PostgreSQL (a
 * fresh database, or `databaseUrl`, which the caller owns); `env` adds variables such as EDITOR_TOKEN.
 */
export async function startServer(
  database: 'pglite' | 'postgres',
  options: { dataDir?: string; databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('no production build: run `npm run build` first (npm test does)');
  }
  const port = await freePort();
  const cleanups: (() => Promise<void>)[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', ...options.env };
  delete env.DATABASE_URL;
  if (!options.env?.EDITOR_TOKEN) delete env.EDITOR_TOKEN;
  if (database === 'postgres' && options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
  } else if (database === 'postgres') {
    const pg = await createPostgresDatabase();
    env.DATABASE_URL = pg.url;
    cleanups.push(pg.drop);
  } else if (options.dataDir) {
    env.DATA_DIR = options.dataDir; // the caller owns (and removes) this folder
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'bering-e2e-'));
    env.DATA_DIR = dir;
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  }
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, kill, pid: child.pid ?? -1, output: () => log };
}
