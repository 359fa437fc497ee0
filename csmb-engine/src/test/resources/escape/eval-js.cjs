// Reads a JSON array of JavaScript source texts on stdin; evaluates each alone in a fresh context, as the
// expression of a strict-mode script, and also with JSON.parse. Prints [{value, json} | {error}] as JSON.
'use strict';
const vm = require('node:vm');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const sources = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const results = sources.map((source) => {
    try {
      const value = vm.runInNewContext(`'use strict';\n(${source}\n);`, {}, { timeout: 1000 });
      if (typeof value !== 'string') return { error: `evaluated to a ${typeof value}, not a string` };
      return { value, json: JSON.parse(source) };
    } catch (error) {
      return { error: String(error) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
