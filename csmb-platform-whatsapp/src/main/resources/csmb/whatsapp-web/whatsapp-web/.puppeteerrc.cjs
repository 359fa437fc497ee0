// Puppeteer reads this file when it is installed: whatsapp-web.js drives an installed Chromium
// (PUPPETEER_EXECUTABLE_PATH), so `npm install` must not download a browser of its own.
module.exports = { skipDownload: true };
