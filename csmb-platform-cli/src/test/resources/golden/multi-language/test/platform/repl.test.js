// @ts-check
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createChat } from '../../src/core/chat.js';
import { createCommandRouter, registerSessionCommands } from '../../src/core/commands.js';
import { createLogger } from '../../src/core/logger.js';
import { createSessionManager } from '../../src/core/sessions.js';
import { createMemoryStore } from '../../src/core/stores/memory.js';
import { createAdapter } from '../../src/platform/adapter.js';
import { reply } from '../../src/reply.js';
import { loadTestConfig, testEnv } from '../support/env.js';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
const RUN_ENV = testEnv();
const ANSWER = 'You said "hello bot" \\(1 message in this session so far\\)';
const cwd = mkdtempSync(join(tmpdir(), 'repl-'));
after(() => rmSync(cwd, { recursive: true, force: true }));

/**
 * Runs the real program with the given lines on stdin, in a temporary working folder, and returns stdout.
 * @param {string[]} lines
 * @param {Record<string, string>} [env]
 */
function runCli(lines, env = {}) {
  const result = spawnSync(process.execPath, [entry], {
    cwd,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', CLI_USER: 'tester', ...RUN_ENV, ...env },
    input: lines.map((line) => `${line}\n`).join(''),
    encoding: 'utf8',
    timeout: 10_000,
  });
  assert.equal(result.stderr, '', 'nothing is written to stderr');
  assert.equal(result.status, 0);
  return result.stdout;
}

describe('terminal chat', () => {
  it('answers /help, a message, /sessions, /history, /end and /quit', () => {
    const output = runCli(['/help', 'hello bot', '/sessions', '/history', '/end', '/quit', 'never read'], {
      SESSION_STORE: 'memory',
    });
    const [banner, ...rest] = output.split('\n');
    assert.match(banner, / is listening as tester\. Type a message, \/help for commands, \/quit to leave\.$/);
    const transcript = rest.join('\n');
    for (const command of [
      '/help',
      '/new',
      '/sessions',
      '/resume <id>',
      '/history',
      '/end',
      '/archive <id>',
      '/quit',
    ]) {
      assert.match(transcript, new RegExp(`^  ${command} - `, 'm'), `/help lists ${command}`);
    }
    assert.match(
      transcript,
      new RegExp(`^Started session ([0-9a-f]{8})\\.\\n${ANSWER}`, 'm'),
    );
    const id = /Started session ([0-9a-f]{8})/.exec(transcript)?.[1];
    assert.match(
      transcript,
      new RegExp(`^\\* ${id}  active       2 messages  last used \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$`, 'm'),
    );
    assert.match(
      transcript,
      new RegExp(`^Session ${id}, last 2 of 2 messages:\\n  you: hello bot\\n  bot: ${ANSWER}`, 'm'),
    );
    assert.match(transcript, new RegExp(`^Completed session ${id}\\. Your next message starts a new one\\.$`, 'm'));
    assert.ok(transcript.endsWith('Bye!\n'), 'stops reading after /quit');
  });

  it('keeps sessions and their messages across restarts with SQLite', () => {
    const env = { SESSION_STORE: 'sqlite', SQLITE_PATH: join(cwd, 'restart.db') };
    const first = runCli(['remember this', '/quit'], env);
    const id = /Started session ([0-9a-f]{8})/.exec(first)?.[1];
    assert.ok(id, first);

    const second = runCli(['/sessions', '/history'], env);
    assert.match(second, new RegExp(`^\\* ${id}  active       2 messages`, 'm'), 'the last active session continues');
    assert.match(second, /^ {2}you: remember this$/m);

    const third = runCli(['/new', 'something else', `/resume ${id}`, '/history'], env);
    assert.match(third, new RegExp(`Resumed session ${id} \\(2 messages\\)`));
    assert.match(third, /^ {2}you: remember this$/m);
  });
});

describe('terminal adapter', () => {
  it('reads lines in order, prints the replies and reports the end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const sessions = createSessionManager({ store: createMemoryStore(), idleTimeoutMs: 60_000 });
    const commands = registerSessionCommands(createCommandRouter(), sessions);
    const logger = createLogger({ level: 'error' });
    const chat = createChat({ sessions, commands, reply, logger });
    const config = loadTestConfig({ CLI_USER: 'ada' });
    /** @type {() => void} */
    let onEnd = () => {};
    const ended = new Promise((resolve) => {
      onEnd = () => resolve(undefined);
    });
    const adapter = createAdapter({ config, chat, commands, logger, onEnd, input, output });

    await adapter.start();
    input.end('one\ntwo\n/history\n');
    await ended;
    await adapter.stop();

    const lines = String(output.read()).trimEnd().split('\n');
    assert.match(lines[0], / is listening as ada\. /);
    const history = lines.slice(-4);
    assert.match(history[0], /^ {2}you: one$/);
    assert.match(history[1], /^ {2}bot: You said "one"/);
    assert.match(history[2], /^ {2}you: two$/);
    assert.match(history[3], /^ {2}bot: You said "two"/);
  });
});
