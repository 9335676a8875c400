import { launchChromium, serveFolder } from "./support.mjs";
const [root, page, out, w, h, full] = process.argv.slice(2);
const browser = await launchChromium();
const server = await serveFolder(root);
const ctx = await browser.newContext({ viewport: { width: +w, height: +h } });
const tab = await ctx.newPage();
await tab.goto(server.base + page);
await tab.screenshot({ path: out, fullPage: full === "full" });
await browser.close(); await server.close();
