// @ts-check
import { createServer } from 'node:http';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/**
 * Answers one request. The body is left unread, so a handler that checks a signature reads the exact bytes.
 * @typedef {(request: Request, response: Response) => Promise<void> | void} RouteHandler
 */

/** A request the client got wrong; the server answers with its status and message instead of 500. */
export class HttpError extends Error {
  name = 'HttpError';

  /**
   * @param {number} status e.g. 401
   * @param {string} message sent to the client, so never a secret
   */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @typedef {object} HttpConfig
 * @property {number} port
 */

/**
 * @typedef {ReturnType<typeof createHttpServer>} HttpServer
 */

/**
 * Reads the HTTP server's variables.
 * @param {import('./env.js').EnvReader} env
 * @returns {HttpConfig}
 */
export function readHttpConfig(env) {
  return { port: env.integer('HTTP_PORT', { fallback: 3000, min: 0, max: 65535 }) };
}

/**
 * The bot's one HTTP server, shared by the modules that need it (health checks, inbound webhooks, metrics): each
 * mounts its routes, exact method and path. Anything else is 404. A handler that throws an {@link HttpError} gets its
 * status; anything else it throws is logged and answered 500.
 * @param {object} deps
 * @param {import('./logger.js').Logger} deps.logger
 */
export function createHttpServer({ logger }) {
  /** @type {Map<string, RouteHandler>} */
  const routes = new Map();

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(`${request.method} ${path}`);
    if (!handler) {
      sendJson(response, 404, { error: 'not found' });
      return;
    }
    try {
      await handler(request, response);
    } catch (error) {
      if (!(error instanceof HttpError)) logger.error('http handler failed', { error, method: request.method, path });
      if (response.headersSent) response.destroy();
      else if (error instanceof HttpError) sendJson(response, error.status, { error: error.message });
      else sendJson(response, 500, { error: 'internal error' });
    }
  });

  const http = {
    /**
     * Mounts a handler; one handler per method and path.
     * @param {string} method e.g. "GET"
     * @param {string} path e.g. "/healthz"
     * @param {RouteHandler} handler
     */
    route(method, path, handler) {
      const key = `${method.toUpperCase()} ${path}`;
      if (routes.has(key)) throw new Error(`${key} already has a handler`);
      routes.set(key, handler);
      return http;
    },

    /**
     * Starts listening on every interface.
     * @param {number} port 0 picks a free one
     * @returns {Promise<number>} the port it listens on
     */
    listen(port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },

    /** Stops taking connections and waits for the open ones to finish. */
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve(undefined);
        server.close(() => resolve(undefined));
        server.closeIdleConnections();
      });
    },
  };
  return http;
}

/**
 * Reads a request body into one buffer, exactly as sent. A body over `limit` bytes is read to its end but not kept,
 * and rejects with a 413 {@link HttpError}.
 * @param {Request} request
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
export function readBody(request, limit = 1024 * 1024) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () =>
      size > limit ? reject(new HttpError(413, `body larger than ${limit} bytes`)) : resolve(Buffer.concat(chunks)),
    );
    request.on('error', reject);
  });
}

/**
 * @param {Response} response
 * @param {number} status
 * @param {unknown} body
 */
export function sendJson(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
