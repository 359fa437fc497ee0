// @ts-check
import { createServer } from 'node:http';
import express from 'express';

/**
 * @typedef {object} HttpConfig
 * @property {number} port
 * @property {string} host the interface to listen on; 127.0.0.1 keeps the endpoints on this machine
 */

/** @typedef {ReturnType<typeof createHttpServer>} HttpServer */

/**
 * Reads the HTTP server's variables.
 * @param {import('./env.js').EnvReader} env
 * @returns {HttpConfig}
 */
export function readHttpConfig(env) {
  return {
    port: env.integer('HTTP_PORT', { fallback: 3000, min: 0, max: 65535 }),
    host: env.string('HTTP_HOST', '127.0.0.1'),
  };
}

/** The server could not listen (a taken port, say); the message is one line naming the address and the variables. */
export class ListenError extends Error {
  name = 'ListenError';
}

/**
 * The bot's one HTTP server, an express 5 app shared by the modules that need it (health checks, inbound webhooks,
 * metrics): each mounts its routes on `app` in `install()`. Express 5 passes a rejected async handler to the error
 * handler, which logs it and answers 500; errors that carry a client status (a body too large: 413) get that status.
 * @param {object} deps
 * @param {import('./logger.js').Logger} deps.logger
 */
export function createHttpServer({ logger }) {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);
  let finished = false;
  /** @type {(() => Promise<void>)[]} */
  const closing = [];

  /** Added once every module mounted its routes, so they come after them. */
  function finish() {
    if (finished) return;
    finished = true;
    app.use((_request, response) => void response.status(404).json({ error: 'not found' }));
    /** @type {express.ErrorRequestHandler} */
    const onError = (error, request, response, next) => {
      // Express' own handler closes a response that is already under way.
      if (response.headersSent) return next(error);
      const status = Number(error?.status ?? error?.statusCode);
      if (status >= 400 && status < 500 && error?.expose !== false) {
        response.status(status).json({ error: String(error.message) });
        return;
      }
      logger.error({ error, method: request.method, path: request.path }, 'http handler failed');
      response.status(500).json({ error: 'internal error' });
    };
    app.use(onError);
  }

  return {
    app,

    /** The node:http server under `app`, for a module that attaches to it (socket.io on the web chat). */
    server,

    /**
     * Registers work for when {@link close} begins, before it waits for open connections: an upgraded connection
     * (a WebSocket) never ends by itself, so whoever owns it ends it here.
     * @param {() => Promise<void>} hook
     */
    onClose(hook) {
      closing.push(hook);
    },

    /**
     * Starts listening.
     * @param {number} port 0 picks a free one
     * @param {string} [host] defaults to 127.0.0.1
     * @returns {Promise<number>} the port it listens on
     * @throws {ListenError} when the address cannot be used
     */
    listen(port, host = '127.0.0.1') {
      finish();
      return new Promise((resolve, reject) => {
        /** @param {NodeJS.ErrnoException} error */
        const onError = (error) => reject(new ListenError(describeListenError(error, port, host), { cause: error }));
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },

    /** Stops taking connections, runs the {@link onClose} hooks and waits for the open connections to finish. */
    async close() {
      if (!server.listening) return;
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      for (const hook of closing) await hook();
      await closed;
    },
  };
}

/**
 * @param {NodeJS.ErrnoException} error
 * @param {number} port
 * @param {string} host
 */
function describeListenError(error, port, host) {
  if (error.code === 'EADDRINUSE') {
    return `Cannot listen on ${host}:${port}: the port is already in use; set HTTP_PORT to a free port (or stop the other instance).`;
  }
  if (error.code === 'EACCES') {
    return `Cannot listen on ${host}:${port}: permission denied; set HTTP_PORT to a port above 1023.`;
  }
  return `Cannot listen on ${host}:${port} (HTTP_HOST, HTTP_PORT): ${error.code ?? error.message}.`;
}
