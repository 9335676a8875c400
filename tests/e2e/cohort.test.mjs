// End-to-end: a hybrid cohort's page shows each time also in the reader's own time
// zone (the browser's, set per context), and an in-person cohort's page and a reader
// in the cohort's own zone get no second time. GLOCAL_DELIVERY_SITE is the folder of
// a build of tests/fixtures/deliveries.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import { launchChromium, serveFolder } from "./support.mjs";

const site = process.env.GLOCAL_DELIVERY_SITE;
const hybrid = "induction/emea/de/cohorts/berlin-spring/index.html";
const inPerson = "induction/sea/vi/cohorts/hcm-may/index.html";
let server, browser;

before(async () => {
  assert.ok(site && fs.existsSync(path.join(site, hybrid)), "GLOCAL_DELIVERY_SITE must hold a build of tests/fixtures/deliveries");
  server = await serveFolder(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(timezoneId, page) {
  const context = await browser.newContext({ timezoneId, locale: "de-DE" });
  const tab = await context.newPage();
  await tab.goto(server.base + page);
  return { tab, context };
}

test("a reader in New York sees each session time in their own zone, across Europe's clock change", async () => {
  const { tab, context } = await open("America/New_York", hybrid);
  const first = tab.locator(".session-summary").first();
  // 09:00 in Berlin on 27 March 2027 (UTC+1) is 04:00 in New York (UTC-4 since 14 March).
  assert.equal((await first.locator(".local-time").first().textContent()).trim(), "(04:00)");
  // 10:00 on 28 March is UTC+2 in Berlin: still 04:00 in New York.
  const second = tab.locator(".session-summary").nth(1);
  assert.equal((await second.locator(".local-time").first().textContent()).trim(), "(04:00)");
  const note = tab.locator("[data-your-zone]");
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /America\/New York/);
  await context.close();
});

test("a reader in Tokyo sees the time alone when it falls on the same day", async () => {
  const { tab, context } = await open("Asia/Tokyo", hybrid);
  // 09:00 Berlin (UTC+1) is 17:00 the same day in Tokyo.
  const text = await tab.locator(".session-summary").first().locator(".local-time").first().textContent();
  assert.equal(text.trim(), "(17:00)");
  await context.close();
});

test("a reader in the cohort's own zone, and any reader of an in-person cohort, see one time", async () => {
  for (const [zone, page] of [["Europe/Berlin", hybrid], ["America/New_York", inPerson]]) {
    const { tab, context } = await open(zone, page);
    assert.equal(await tab.locator(".local-time").count(), 0, `${zone} ${page}`);
    assert.equal(await tab.locator("[data-your-zone]:visible").count(), 0);
    // Without the script's help the page still says the zone and each offset.
    assert.match(await tab.locator(".cohort-zone").textContent(), /Europe\/Berlin|Asia\/Ho_Chi_Minh/);
    assert.match(await tab.locator(".offset").first().textContent(), /UTC[+-]\d\d:\d\d/);
    await context.close();
  }
});

test("a reader for whom a session falls on another day is told the weekday and date", async () => {
  const { tab, context } = await open("Pacific/Honolulu", hybrid);
  // 09:00 Berlin on Saturday 27 March 2027 (UTC+1) is 22:00 on Friday 26 March in Honolulu (UTC-10).
  const text = await tab.locator(".session-summary").first().locator(".local-time").first().textContent();
  assert.match(text.trim(), /^\(Fr\.?, 26\. März,? 22:00\)$/);
  await context.close();
});
