// @ts-check

/** A missing or invalid environment variable. Its message is one line meant for the person starting the bot. */
export class ConfigError extends Error {
  name = 'ConfigError';
}

/**
 * Reads typed values from an environment, throwing {@link ConfigError} with a one-line explanation.
 * `required` and `string` never repeat the value, so they suit secrets; `oneOf`, `integer` and `baseUrl` quote a
 * bad value to make it easy to fix.
 */
export class EnvReader {
  /** @param {Record<string, string | undefined>} env */
  constructor(env) {
    this.env = env;
  }

  /**
   * @param {string} name
   * @returns {string | undefined} the trimmed value, or undefined when unset or blank
   */
  raw(name) {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  /**
   * A string that must be set.
   * @param {string} name
   * @param {string} hint what a valid value looks like, e.g. "the bot token from the developer portal"
   * @returns {string}
   */
  required(name, hint) {
    const value = this.raw(name);
    if (value === undefined) {
      throw new ConfigError(`Missing ${name}: set it to ${hint} (see .env.example).`);
    }
    return value;
  }

  /**
   * @param {string} name
   * @param {string} fallback
   * @returns {string}
   */
  string(name, fallback) {
    return this.raw(name) ?? fallback;
  }

  /**
   * @template {string} T
   * @param {string} name
   * @param {readonly T[]} allowed
   * @param {T} fallback
   * @returns {T}
   */
  oneOf(name, allowed, fallback) {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
      throw new ConfigError(`Invalid ${name}: expected one of ${allowed.join(', ')} (got "${value}").`);
    }
    return match;
  }

  /**
   * A whole number within bounds.
   * @param {string} name
   * @param {object} range
   * @param {number} range.fallback the value when unset
   * @param {number} range.min
   * @param {number} [range.max]
   * @returns {number}
   */
  integer(name, { fallback, min, max = Number.MAX_SAFE_INTEGER }) {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      const bounds = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
      throw new ConfigError(`Invalid ${name}: expected a whole number ${bounds} (got "${value}").`);
    }
    return number;
  }

  /**
   * The address of an HTTP API: an http or https URL, returned without trailing slashes so paths can be appended.
   * @param {string} name
   * @param {string} fallback the value when unset, also quoted as an example of a valid one
   * @returns {string}
   */
  baseUrl(name, fallback) {
    const value = this.string(name, fallback).replace(/\/+$/, '');
    if (!/^https?:\/\//.test(value) || !URL.canParse(value)) {
      throw new ConfigError(`Invalid ${name}: expected an http or https URL such as ${fallback} (got "${value}").`);
    }
    return value;
  }
}
