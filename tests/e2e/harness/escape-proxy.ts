/**
 * A catch-all HTTP proxy on 127.0.0.1 for the privacy tests. A browser launched with `proxy:` sends here whatever
 * its interceptor did not answer: requests of contexts the automation can't intercept (an extension's service
 * worker, offscreen document or background page), and the browser's own background traffic. Nothing is forwarded:
 * plain requests get 502, CONNECT tunnels are closed; each attempt is recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EscapedRequest {
  /** 'CONNECT' for https (only the host is known), else the HTTP method. */
  method: string;
  /** host:port for CONNECT, the absolute URL otherwise. */
  target: string;
  at: number;
}

export interface EscapeProxy {
  /** "127.0.0.1:PORT", for LaunchOptions.proxy. */
  readonly address: string;
  readonly seen: EscapedRequest[];
  close(): Promise<void>;
}

export async function startEscapeProxy(): Promise<EscapeProxy> {
  const seen: EscapedRequest[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ method: req.method ?? '?', target: req.url ?? '', at: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
