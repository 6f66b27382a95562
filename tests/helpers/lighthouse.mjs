#!/usr/bin/env node
// Lighthouse (tests/package.json) on pages of a served site, one Chromium for them all,
// Lighthouse's mobile settings (a mid-range phone, throttled network and CPU).
//
//   node tests/helpers/lighthouse.mjs BASE_URL CATEGORIES PATH...
//
// CATEGORIES is a comma-separated list (performance,accessibility,best-practices,seo).
// Prints one JSON report per page: {path, scores: {category: 0-100}, failing: [...]},
// where `failing` lists the scored audits below 1 with what they found.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [base, categories, ...paths] = process.argv.slice(2);
const onlyCategories = categories.split(',');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

function found(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 5).map((item) => item.node?.snippet ?? item.source?.snippet ?? item.url
    ?? item.source?.url ?? JSON.stringify(item).slice(0, 200));
}

const reports = [];
try {
  for (const path of paths) {
    const run = await lighthouse(base + path, { port: chrome.port, logLevel: 'error',
                                                output: 'json', onlyCategories });
    const { lhr } = run;
    const scores = {};
    const failing = [];
    for (const id of onlyCategories) {
      const category = lhr.categories[id];
      scores[id] = Math.round(category.score * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          failing.push({ category: id, id: ref.id, title: audit.title,
                         value: audit.displayValue ?? '', found: found(audit) });
        }
      }
    }
    reports.push({ path, scores, failing });
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(reports));
