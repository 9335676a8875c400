// Accessibility: axe-core (Deque's engine, the one browser audits use) finds no
// violation on each kind of page of the example site: learner pages, a cohort page,
// and the staff pages with charts (impact, impact across regions, a quarterly review,
// the trainer network). GLOCAL_EXAMPLE_SITE is the folder of the example's build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import { createRequire } from "node:module";
import { launchChromium, serveFolder } from "./support.mjs";

const site = process.env.GLOCAL_EXAMPLE_SITE;
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const pages = [
  "first-line-leadership/sea/vi/index.html",
  "first-line-leadership/emea/de/01-from-peer-to-leader/01-the-first-90-days/index.html",
  "first-line-leadership/emea/de/cohorts/hamburg-2027/index.html",
  "first-line-leadership/sea/vi/impact/index.html",
  "first-line-leadership/impact/index.html",
  "first-line-leadership/reviews/2027-Q4/index.html",
  "status/index.html",
  "status/deliveries/index.html",
];
let server, browser;

before(async () => {
  assert.ok(site && fs.existsSync(path.join(site, pages[0])), "GLOCAL_EXAMPLE_SITE must hold a build of the example");
  server = await serveFolder(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const page of pages) {
  test(`axe finds no violation on ${page}`, async () => {
    const tab = await browser.newPage();
    await tab.goto(server.base + page);
    await tab.addScriptTag({ path: axePath });
    const result = await tab.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(found, []);
    await tab.close();
  });
}
