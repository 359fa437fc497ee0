// @ts-check

/** How long the store may take to answer before the instance counts as unhealthy. */
const STORE_TIMEOUT_MS = 2000;

/**
 * Serves `GET /healthz` for load balancers and orchestrators: 200 `{"status":"ok"}` while the store answers a read
 * within {@link STORE_TIMEOUT_MS}, else 503 `{"status":"unavailable"}`, so traffic moves to instances that can work.
 * The reason is logged, not sent: the endpoint is public.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ http, store, logger }) {
  http.app.get('/healthz', async (_request, response) => {
    try {
      await withTimeout(store.getSession('healthz-probe'), STORE_TIMEOUT_MS);
      response.json({ status: 'ok', store: 'ok' });
    } catch (error) {
      logger.warn({ error }, 'health check failed');
      response.status(503).json({ status: 'unavailable', store: 'unavailable' });
    }
  });
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}
