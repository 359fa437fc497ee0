// @ts-check
// Shared by the tests (node --test also loads this file; it defines no test of its own).
import { loadConfig } from '../../src/config.js';

/**
 * Stand-ins for the variables the project cannot start without (its secrets), so a test can load the
 * configuration without real credentials. Optional variables keep their defaults.
 * @type {Readonly<Record<string, string>>}
 */
export const REQUIRED = Object.freeze({
});

/**
 * An environment for tests: the stand-ins, then `overrides`.
 * @param {Record<string, string | undefined>} [overrides]
 * @returns {Record<string, string | undefined>}
 */
export function testEnv(overrides = {}) {
  return { ...REQUIRED, ...overrides };
}

/**
 * The configuration the program would load from {@link testEnv}.
 * @param {Record<string, string | undefined>} [overrides]
 */
export function loadTestConfig(overrides = {}) {
  return loadConfig(testEnv(overrides));
}
