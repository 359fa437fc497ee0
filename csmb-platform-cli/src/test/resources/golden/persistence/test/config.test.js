// @ts-check
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/core/env.js';
import { REQUIRED } from './support/env.js';

const entry = fileURLToPath(new URL('../src/index.js', import.meta.url));
const example = parseEnv(readFileSync(new URL('../.env.example', import.meta.url), 'utf8'));

describe('config', () => {
  it('has working defaults for every variable', () => {
    const config = loadConfig({ ...REQUIRED });
    assert.equal(config.store.kind, 'sqlite');
    assert.equal(config.store.sqlitePath, 'data/sessions.db');
    assert.equal(config.sessions.idleTimeoutMs, 30 * 60_000);
    assert.equal(config.logLevel, 'info');
  });

  it('reads the variables it is given', () => {
    const config = loadConfig({
      ...REQUIRED,
      SESSION_STORE: 'sqlite',
      SQLITE_PATH: '/tmp/x.db',
      SESSION_IDLE_MINUTES: '5',
      LOG_LEVEL: 'warn',
    });
    assert.equal(config.store.kind, 'sqlite');
    assert.equal(config.store.sqlitePath, '/tmp/x.db');
    assert.equal(config.sessions.idleTimeoutMs, 5 * 60_000);
    assert.equal(config.logLevel, 'warn');
  });

  it('reads exactly the variables in .env.example, whose values are the defaults', () => {
    /** @type {Set<string>} */
    const read = new Set();
    const recording = new Proxy(REQUIRED, {
      get(target, name) {
        if (typeof name === 'string') read.add(name);
        return Reflect.get(target, name);
      },
    });
    const defaults = loadConfig(recording);
    assert.deepEqual([...read].sort(), Object.keys(example).sort());
    assert.deepEqual(loadConfig({ ...example, ...REQUIRED }), defaults);
  });

  for (const [name, value, message] of [
    ['SESSION_STORE', 'mongo', 'Invalid SESSION_STORE: expected one of memory, sqlite (got "mongo").'],
    [
      'SESSION_IDLE_MINUTES',
      'soon',
      'Invalid SESSION_IDLE_MINUTES: expected a whole number between 1 and 525600 (got "soon").',
    ],
    [
      'SESSION_IDLE_MINUTES',
      '0',
      'Invalid SESSION_IDLE_MINUTES: expected a whole number between 1 and 525600 (got "0").',
    ],
    ['LOG_LEVEL', 'loud', 'Invalid LOG_LEVEL: expected one of debug, info, warn, error (got "loud").'],
  ]) {
    it(`rejects ${name}=${value} with a message naming the variable`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error) => error instanceof ConfigError && error.message === message,
      );
    });
  }

  describe('at start', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'config-'));
    after(() => rmSync(cwd, { recursive: true, force: true }));

    it('prints one line without a stack trace and exits with 1', () => {
      const result = spawnSync(process.execPath, [entry], {
        cwd,
        env: { PATH: process.env.PATH, SESSION_STORE: 'mongo' },
        input: '',
        encoding: 'utf8',
      });
      assert.equal(result.status, 1);
      assert.equal(result.stderr, 'Invalid SESSION_STORE: expected one of memory, sqlite (got "mongo").\n');
      assert.equal(result.stdout, '');
    });
  });
});
