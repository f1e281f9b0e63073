// A loopback TCP proxy the tests can cut and restore, to take a database "down" without touching
// the PostgreSQL server other tests share (ADR 063). While cut, new connections are refused and
// open ones are reset, as when the server process stops. While stalled, open connections are reset
// and new ones are accepted but never answered, as when a firewall drops the packets or the server
// hangs: clients wait for their connect timeout (ADR 075).
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** The loopback port clients connect to. */
  port: number;
  /** Refuses new connections and resets open ones. */
  cut: () => Promise<void>;
  /** Resets open connections and accepts new ones without ever answering them. */
  stall: () => Promise<void>;
  /** Forwards connections again on the same port (after `cut` or `stall`); held connections are reset. */
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

/** Forwards 127.0.0.1:<port> to `target`. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  let isStalled = false;

  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const resetAll = () => {
    for (const s of sockets) s.resetAndDestroy();
    sockets.clear();
  };
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const srv = createServer((client) => {
        track(client);
        if (isStalled) return; // accepted, never answered
        const upstream = connect(target.port, target.host);
        track(upstream);
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', () => {
        const address = srv.address();
        if (typeof address === 'object' && address) port = address.port;
        server = srv;
        resolve();
      });
    });
  const cut = async () => {
    const srv = server;
    server = null;
    isStalled = false;
    resetAll();
    if (srv) await new Promise<void>((resolve) => srv.close(() => resolve()));
  };
  const stall = async () => {
    isStalled = true;
    resetAll();
    if (!server) await listen();
  };
  const restore = async () => {
    if (isStalled) {
      isStalled = false;
      resetAll();
    }
    if (!server) await listen();
  };

  await listen();
  return { port, cut, stall, restore, close: cut };
}
