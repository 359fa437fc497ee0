// @ts-check
// src/index.js imports this module first. ES modules run their imports in order, so this check runs before any module
// that needs a newer Node.js is evaluated (node:sqlite does not exist before Node.js 22.5), and names the version.
const MINIMUM = '22.13.0';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const [needMajor = 0, needMinor = 0] = MINIMUM.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(`This bot needs Node.js ${MINIMUM} or newer; this is Node.js ${process.versions.node}.`);
  process.exit(1);
}
