// End-to-end, every package of the example (SCORM 1.2 and 2004 3rd edition) under
// scorm-again: each starts incomplete, and once every lesson is opened and the
// assessed test answered rightly it is passed with a score of 100. A synthetic course
// of 500 lessons keeps its visited lessons within SCORM 1.2's 4,096 characters.
// GLOCAL_LMS_UNZIPPED holds one folder per package, named like the zip.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import { launchChromium, openInPackage, packageConfig, rightAnswers, serveFolder } from "./support.mjs";

const unzipped = process.env.GLOCAL_LMS_UNZIPPED;
const require = createRequire(import.meta.url);
let server, browser, dir;

const versions = {
  "1.2": {
    global: "Scorm12API", api: "API",
    status: "(a) => a.cmi.core.lesson_status", score: "(a) => a.cmi.core.score.raw",
    suspend: "(a) => a.cmi.suspend_data",
  },
  "2004": {
    global: "Scorm2004API", api: "API_1484_11",
    status: "(a) => a.cmi.completion_status === 'completed' && a.cmi.success_status !== 'unknown' ? a.cmi.success_status : a.cmi.completion_status",
    score: "(a) => a.cmi.score.raw",
    suspend: "(a) => a.cmi.suspend_data",
  },
};

function harness(version) {
  const v = versions[version];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="${version === "2004" ? "scorm2004" : "scorm12"}.min.js"></script>
<script>
const status = ${v.status}, score = ${v.score}, suspend = ${v.suspend};
function launch(pkg) {
  window.${v.api} = new ${v.global}({ autocommit: false, logLevel: 5 });
  const sco = document.getElementById("sco");
  return new Promise((done) => { sco.onload = () => done(); sco.src = pkg + "/index.html"; });
}
function state() { const a = window.${v.api}; return { status: status(a), score: score(a), suspend: suspend(a) }; }
</script></head><body><iframe id="sco" title="course" style="width:100%;height:600px"></iframe></body></html>`;
}

before(async () => {
  assert.ok(unzipped && fs.existsSync(unzipped), "GLOCAL_LMS_UNZIPPED must hold the unzipped packages");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "glocal-lms-all-"));
  fs.copyFileSync(require.resolve("scorm-again/scorm12/min"), path.join(dir, "scorm12.min.js"));
  fs.copyFileSync(require.resolve("scorm-again/scorm2004/min"), path.join(dir, "scorm2004.min.js"));
  fs.symlinkSync(path.resolve(unzipped), path.join(dir, "packages"));
  fs.writeFileSync(path.join(dir, "lms12.html"), harness("1.2"));
  fs.writeFileSync(path.join(dir, "lms2004.html"), harness("2004"));
  server = await serveFolder(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const names = () => fs.readdirSync(unzipped).filter((n) => fs.existsSync(path.join(unzipped, n, "imsmanifest.xml"))).sort();

test("every example package is incomplete, then passed with 100 once every lesson is opened and the test answered", async () => {
  const packages = names();
  assert.ok(packages.length >= 2, packages.join(", "));
  for (const name of packages) {
    const config = packageConfig(path.join(unzipped, name));
    const page = await browser.newPage();
    await page.goto(server.base + (config.version === "2004" ? "lms2004.html" : "lms12.html"));
    await page.evaluate((pkg) => launch(pkg), "packages/" + name);
    await page.waitForFunction(() => state().status === "incomplete");
    for (const lesson of config.lessons) await openInPackage(page, lesson);
    if (config.assessed > 0) {
      assert.equal((await page.evaluate(() => state())).status, "incomplete", `${name}: the test is still to take`);
      await openInPackage(page, config.test);
      const t = page.frames().find((f) => f.url().endsWith(config.test));
      for (const q of await rightAnswers(t)) {
        for (const letter of q.right) await t.check(`fieldset[data-id="${q.id}"] input[value="${letter}"]`);
      }
      await t.click("form.assessment button[type=submit]");
      await page.waitForFunction(() => state().status !== "incomplete");
      const s = await page.evaluate(() => state());
      assert.deepEqual([s.status, s.score], ["passed", "100"], name);
    } else {
      assert.equal((await page.evaluate(() => state())).status, "completed", name);
    }
    await page.close();
  }
});

test("500 visited lessons fit SCORM 1.2's suspend_data", async () => {
  const real = names().find((n) => n.endsWith("-scorm12"));
  const fake = path.join(dir, "fake");
  fs.mkdirSync(fake);
  const lessons = [];
  for (let i = 0; i < 500; i++) {
    const page = `c/l${String(i).padStart(3, "0")}/index.html`;
    fs.mkdirSync(path.join(fake, path.dirname(page)), { recursive: true });
    fs.writeFileSync(path.join(fake, page), `<!DOCTYPE html><html lang="en"><head><title>${i}</title></head><body><main>${i}</main></body></html>`);
    lessons.push(page);
  }
  const launch = fs.readFileSync(path.join(unzipped, real, "index.html"), "utf8").replace(
    /<script type="application\/json" id="glocal-scorm">.*?<\/script>/s,
    `<script type="application/json" id="glocal-scorm">${JSON.stringify({ version: "1.2", start: lessons[0], lessons, assessed: 0, test: null, test_label: "", mastery: 80, list: "0123abcd" })}</script>`,
  ).replace(/src="[^"]*index.html"><\/iframe>/, `src="${lessons[0]}"></iframe>`);
  fs.writeFileSync(path.join(fake, "index.html"), launch);
  fs.copyFileSync(path.join(unzipped, real, "glocal-scorm.js"), path.join(fake, "glocal-scorm.js"));
  const page = await browser.newPage();
  await page.goto(server.base + "lms12.html");
  await page.evaluate(() => launch("fake"));
  await page.waitForFunction(() => state().status === "incomplete");
  for (const lesson of lessons) await openInPackage(page, lesson);
  const s = await page.evaluate(() => state());
  assert.equal(s.status, "completed");
  assert.ok(s.suspend.length <= 4096, `${s.suspend.length} characters`);
  assert.ok(s.suspend.length < 100, `500 lessons take ${s.suspend.length} characters`);
  await page.close();
});
