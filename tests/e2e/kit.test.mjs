// The facilitator guide of a kit printed to PDF by headless Chromium: at least one
// page per module (modules start on a new page), and nothing wider than an A4 page.
// GLOCAL_KIT is an extracted kit folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium } from "./support.mjs";

const kit = process.env.GLOCAL_KIT;
const guide = kit && path.join(kit, "facilitator-guide.html");
let browser;

before(async () => {
  assert.ok(guide && fs.existsSync(guide), "GLOCAL_KIT must be an extracted kit folder");
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test("the facilitator guide prints at least one A4 page per module", async () => {
  const page = await browser.newPage();
  await page.goto("file://" + guide);
  const modules = await page.locator("section.module").count();
  assert.ok(modules > 0);
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= modules, `${pages} pages for ${modules} modules`);
  await page.close();
});

for (const [paper, width] of [["A4", 688], ["Letter", 710]]) {
  test(`no printed ${paper} page overflows its width`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    await page.goto("file://" + guide);
    const widest = await page.evaluate(() => {
      let right = document.documentElement.scrollWidth;
      for (const el of document.querySelectorAll("main *")) right = Math.max(right, el.getBoundingClientRect().right);
      return Math.ceil(right);
    });
    assert.ok(widest <= width, `content reaches ${widest}px on a ${width}px ${paper} page`);
    await page.close();
  });
}
