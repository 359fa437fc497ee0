// Reads a JSON array of .env values on stdin and reads each back three ways with Node's own parser:
// alone (util.parseEnv of `K=<value>`), all together in one file (util.parseEnv), and from a real file
// through process.loadEnvFile into process.env. Prints {alone: [...], together: [...], loaded: [...]}.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const values = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const file = values.map((value, i) => `CSMB_K${i}=${value}`).join('\n') + '\n';
  const alone = values.map((value) => util.parseEnv(`K=${value}\n`).K ?? null);
  const parsed = util.parseEnv(file);
  const together = values.map((_, i) => parsed[`CSMB_K${i}`] ?? null);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csmb-env-'));
  try {
    fs.writeFileSync(path.join(dir, '.env'), file, 'utf8');
    process.loadEnvFile(path.join(dir, '.env'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const loaded = values.map((_, i) => process.env[`CSMB_K${i}`] ?? null);
  process.stdout.write(JSON.stringify({ alone, together, loaded }));
});
