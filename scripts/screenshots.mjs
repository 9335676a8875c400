// Takes the screenshots a change to what readers see is checked against: the example
// and the Arabic fixture built with the current tree, then each page type at a desktop
// width (1280 px) and a phone width (390 px), and the kit's guide and workbook printed
// to PDF on A4. Run by `scripts/screenshots [OUT]`; not part of the test command.
import fs from "node:fs";
import path from "node:path";
import { serveFolder, launchChromium } from "../tests/e2e/support.mjs";

const [site, rtl, kits, out] = process.argv.slice(2);
const pages = [
  [site, "first-line-leadership/emea/de/"],
  [site, "first-line-leadership/emea/de/01-from-peer-to-leader/03-leading-former-peers/"],
  [site, "first-line-leadership/emea/de/agenda/"],
  [site, "first-line-leadership/emea/de/adaptation/"],
  [site, "first-line-leadership/sea/vi/adaptation/"],
  [site, "status/"],
  [rtl, "onboarding/mena/ar/"],
  [rtl, "onboarding/mena/ar/adaptation/"],
];
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const browser = await launchChromium();
fs.mkdirSync(out, { recursive: true });
for (const [root, page] of pages) {
  const server = await serveFolder(root);
  for (const [name, viewport] of Object.entries(widths)) {
    const tab = await browser.newPage({ viewport });
    await tab.goto(server.base + page);
    const file = path.join(out, `${page.replace(/\/$/, "").replaceAll("/", "_") || "portal"}-${name}.png`);
    await tab.screenshot({ path: file, fullPage: true, clip: undefined });
    console.log(file);
    await tab.close();
  }
  await server.close();
}
for (const doc of ["facilitator-guide", "participant-workbook"]) {
  const tab = await browser.newPage();
  await tab.goto("file://" + path.resolve(kits, `${doc}.html`));
  const file = path.join(out, `${doc}.pdf`);
  await tab.pdf({ path: file, format: "A4", outline: true, tagged: true });
  console.log(file);
  await tab.close();
}
await browser.close();
