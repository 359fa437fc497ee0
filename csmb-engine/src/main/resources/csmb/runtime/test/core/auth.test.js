// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAdmin, isAllowed, readConfig, roleOf } from '../../src/core/auth.js';
import { EnvReader } from '../../src/core/env.js';

/** @param {Record<string, string>} env */
const configOf = (env) => ({ auth: readConfig(new EnvReader(env)) });

describe('auth', () => {
  it('reads comma-separated ids, ignoring spaces and empty entries', () => {
    const { auth } = configOf({ ALLOWED_USERS: ' alice, bob ,,', ADMIN_USERS: 'root' });
    assert.deepEqual([...auth.allowed], ['alice', 'bob']);
    assert.deepEqual([...auth.admins], ['root']);
  });

  it('lets everyone in while the allow-list is empty, and keeps admins special', () => {
    const config = configOf({ ADMIN_USERS: 'root' });
    assert.equal(isAllowed(config, 'anyone'), true);
    assert.equal(isAdmin(config, 'anyone'), false);
    assert.equal(roleOf(config, 'root'), 'admin');
    assert.equal(roleOf(config, 'anyone'), 'user');
  });

  it('lets in only listed users and admins once the allow-list is set', () => {
    const config = configOf({ ALLOWED_USERS: 'alice', ADMIN_USERS: 'root' });
    assert.equal(isAllowed(config, 'alice'), true);
    assert.equal(isAllowed(config, 'root'), true, 'admins need not be listed twice');
    assert.equal(isAllowed(config, 'mallory'), false);
    assert.equal(isAdmin(config, 'alice'), false);
  });
});
