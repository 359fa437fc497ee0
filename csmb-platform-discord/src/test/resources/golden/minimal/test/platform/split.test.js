// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_MESSAGE_LENGTH, splitMessage } from '../../src/platform/split.js';

describe('splitMessage', () => {
  it('keeps a short reply whole', () => {
    assert.deepEqual(splitMessage('hello'), ['hello']);
  });

  it('breaks a long reply at line breaks, each piece within 2,000 characters', () => {
    const line = 'x'.repeat(900);
    const pieces = splitMessage([line, line, line].join('\n'));
    assert.deepEqual(pieces, [`${line}\n${line}`, line]);
    assert.ok(pieces.every((piece) => piece.length <= MAX_MESSAGE_LENGTH));
  });

  it('falls back to spaces, then to a hard cut, and never splits an emoji', () => {
    assert.deepEqual(splitMessage('aaaa bbbb', 6), ['aaaa', 'bbbb']);
    assert.deepEqual(splitMessage('abcdefgh', 3), ['abc', 'def', 'gh']);
    const pieces = splitMessage('ab\u{1F600}cd', 3);
    assert.deepEqual(pieces, ['ab', '\u{1F600}c', 'd']);
    assert.equal(pieces.join(''), 'ab\u{1F600}cd');
  });
});
