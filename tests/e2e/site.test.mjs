// End-to-end: a built site in Debian's headless Chromium, served over HTTP from
// loopback and opened from the folder (file://). Search with and without accents,
// follow a result, answer a self-check, and reach the content by keyboard.
// GLOCAL_SITE is the folder of a build of tests/fixtures/minimal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, serveFolder } from "./support.mjs";
import fs from "node:fs";
import path from "node:path";

const site = process.env.GLOCAL_SITE;
const lesson = "onboarding/global/en/01-basics/01-welcome/index.html";
let server, base, browser;

before(async () => {
  assert.ok(site && fs.existsSync(path.join(site, lesson)), "GLOCAL_SITE must hold a build of tests/fixtures/minimal");
  server = await serveFolder(site);
  base = server.base;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const places = {
  http: (p) => base + p,
  file: (p) => "file://" + path.join(site, p),
};

async function open(url) {
  const page = await browser.newPage();
  const foreign = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol !== "file:" && u.hostname !== "127.0.0.1") foreign.push(r.url());
  });
  await page.goto(url);
  return { page, foreign };
}

for (const [name, at] of Object.entries(places)) {
  test(`${name}: search finds a section without typing its accents and the result opens it`, async () => {
    const { page, foreign } = await open(at(lesson));
    await page.fill("#search-input", "creme brulee");
    const first = page.locator("#search-results a").first();
    await first.waitFor();
    assert.equal((await first.textContent()).trim(), "Route");
    await first.click();
    await page.waitForURL(/02-safety-walk\/index\.html#route$/);
    assert.equal((await page.locator("h1").textContent()).trim(), "Safety walk");
    assert.deepEqual(foreign, []);
    await page.close();
  });

  test(`${name}: search also matches when the accents are typed`, async () => {
    const { page } = await open(at(lesson));
    await page.fill("#search-input", "Façade");
    await page.locator("#search-results a").first().waitFor();
    assert.match(await page.locator("#search-results").textContent(), /Safety walk/);
    await page.close();
  });

  test(`${name}: a self-check tells a wrong try to try again and shows the answer only when asked or answered`, async () => {
    const { page } = await open(at(lesson));
    const form = page.locator("form#q-exits");
    await form.locator("input[value='1']").check();
    await form.locator("button[type='submit']").click();
    assert.equal((await form.locator(".feedback").textContent()).trim(), "Not quite. Try again, or show the answer.");
    assert.ok(!(await form.locator(".explanation").isVisible()), "a wrong try does not give the answer away");
    assert.equal(await form.locator(".answer-mark").count(), 0);
    await form.locator("button.reveal").click();
    assert.ok(await form.locator(".explanation").isVisible());
    assert.equal(await form.locator("label.is-correct").count(), 2, "both right options are marked");
    assert.match(await form.locator("label.is-correct").first().textContent(), /right answer/);
    await form.locator("input[value='1']").uncheck();
    await form.locator("input[value='0']").check();
    await form.locator("input[value='2']").check();
    await form.locator("button[type='submit']").click();
    assert.equal((await form.locator(".feedback").textContent()).trim(), "Correct");
    await page.close();
  });

  test(`${name}: on a phone the course contents fold under a menu button that opens them`, async () => {
    const { page } = await open(at(lesson));
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.locator(".menu-button");
    assert.ok(await menu.isVisible());
    assert.ok(!(await page.locator("#course-nav").isVisible()), "folded at first");
    await menu.click();
    assert.equal(await menu.getAttribute("aria-expanded"), "true");
    assert.ok(await page.locator("#course-nav").isVisible());
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.ok(!(await menu.isVisible()), "no menu button on a desktop");
    await page.close();
  });

  test(`${name}: the first Tab reaches the skip link, which moves focus to the content`, async () => {
    const { page } = await open(at(lesson));
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "main");
    await page.close();
  });
}
