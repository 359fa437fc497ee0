// The REST API, as the wizard uses it. Every error answer is a problem body (RFC 9457).

async function call(method, path, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(data.detail || `HTTP ${response.status}`);
    error.problem = data;
    throw error;
  }
  return data;
}

/** Platforms and catalogs, to draw the steps. */
export const platforms = () => call('GET', '/api/v1/platforms');

/** Problems with a configuration, as a list (never an error status). */
export const validate = (config) => call('POST', '/api/v1/build/validate', config);

/** Generates the project; answers its id, files and next steps. */
export const generate = (config) => call('POST', '/api/v1/generate', config);

/** Creates the Notion database or the Airtable table; the token is sent for this request only. */
export const provision = (service, token, body) => call('POST',
  service === 'notion' ? '/api/v1/integrations/notion/database' : '/api/v1/integrations/airtable/base',
  body, { Authorization: `Bearer ${token}` });
