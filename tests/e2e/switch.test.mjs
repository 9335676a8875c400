// End-to-end: from a lesson page, switch language and region with the keyboard and
// the mouse, over HTTP and from the folder. GLOCAL_LANG_SITE is the folder of a build
// of tests/fixtures/languages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import { launchChromium, serveFolder } from "./support.mjs";

const site = process.env.GLOCAL_LANG_SITE;
const lesson = "onboarding/sea/vi/01-basics/01-welcome/index.html";
let server, browser;

before(async () => {
  assert.ok(site && fs.existsSync(path.join(site, lesson)), "GLOCAL_LANG_SITE must hold a build of tests/fixtures/languages");
  server = await serveFolder(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const places = {
  http: (p) => server.base + p,
  file: (p) => "file://" + path.join(site, p),
};

for (const [name, at] of Object.entries(places)) {
  test(`${name}: the language switcher opens the same lesson in English`, async () => {
    const page = await browser.newPage();
    await page.goto(at(lesson));
    assert.equal(await page.getAttribute("html", "lang"), "vi");
    await page.locator(".switch-language summary").click();
    await page.locator(".switch-language a[hreflang='en']").click();
    await page.waitForURL(/sea\/en\/01-basics\/01-welcome\/index\.html$/);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal((await page.locator("h1").textContent()).trim(), "Welcome to the Jurong hub");
    await page.close();
  });

  test(`${name}: the region switcher, used from the keyboard, opens the same lesson for another region`, async () => {
    const page = await browser.newPage();
    await page.goto(at(lesson));
    await page.locator(".switch-region summary").focus();
    await page.keyboard.press("Enter");
    const global = page.locator(".switch-region a", { hasText: "Global" });
    await global.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/global\/en\/01-basics\/01-welcome\/index\.html$/);
    assert.equal((await page.locator("h1").textContent()).trim(), "Welcome");
    await page.close();
  });
}
