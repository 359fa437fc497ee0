// @ts-check
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const check = new URL('../src/node-version.js', import.meta.url).href;
const minimum = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node.replace(/^>=/, '');

/**
 * Runs the start-up check in a Node.js that claims to be `version`, then prints "started".
 * @param {string} version
 */
function runAs(version) {
  const script = `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });
    await import(${JSON.stringify(check)});
    console.log('started');`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('Node.js version check', () => {
  it('stops an older Node.js with one line naming the version needed', () => {
    const result = runAs('20.20.2');
    assert.equal(result.status, 1);
    assert.equal(result.stderr, `This bot needs Node.js ${minimum} or newer; this is Node.js 20.20.2.\n`);
    assert.equal(result.stdout, '');
  });

  it('lets the declared version and newer ones start', () => {
    for (const version of [minimum, process.versions.node, '30.0.0']) {
      const result = runAs(version);
      assert.equal(result.stdout, 'started\n', version);
      assert.equal(result.status, 0);
    }
  });

  it('runs first: src/index.js imports it before anything else', () => {
    const index = readFileSync(new URL('../src/index.js', import.meta.url), 'utf8');
    assert.match(index, /^\/\/ @ts-check\nimport '\.\/node-version\.js';\n/);
  });
});
