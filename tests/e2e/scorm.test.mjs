// End-to-end: an LMS package played in headless Chromium with scorm-again (a
// third-party SCORM 1.2 runtime) as the LMS in the parent frame, over loopback HTTP.
// Opening lessons is tracked (incomplete until every lesson was opened, then
// completed), the place and visited lessons survive a relaunch, and the session ends
// with its time recorded. GLOCAL_SCORM_PACKAGE is an unzipped package of the example.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import { launchChromium, serveFolder } from "./support.mjs";

const pkg = process.env.GLOCAL_SCORM_PACKAGE;
const runtime = createRequire(import.meta.url).resolve("scorm-again/scorm12/min");
let server, browser, dir, lessons;

before(async () => {
  assert.ok(pkg && fs.existsSync(path.join(pkg, "imsmanifest.xml")), "GLOCAL_SCORM_PACKAGE must hold an unzipped package");
  const launch = fs.readFileSync(path.join(pkg, "index.html"), "utf8");
  lessons = JSON.parse(/<script type="application\/json" id="glocal-scorm">(.*?)<\/script>/s.exec(launch)[1].replace(/<\\\//g, "</")).lessons;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "glocal-lms-"));
  fs.copyFileSync(runtime, path.join(dir, "scorm12.min.js"));
  fs.symlinkSync(path.resolve(pkg), path.join(dir, "pkg"));
  // The LMS: scorm-again's API in the window above the package, as an LMS player has it.
  fs.writeFileSync(path.join(dir, "lms.html"), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.min.js"></script>
<script>
function launch(saved) {
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (saved) window.API.loadFromFlattenedJSON(saved, "");
  // session_time is write-only in the data model: the LMS sees it as it is set.
  window.API.on("LMSSetValue.cmi.core.session_time", (element, value) => { window.sessionTime = value; });
  const sco = document.getElementById("sco");
  return new Promise((done) => { sco.onload = () => done(); sco.src = "pkg/index.html?" + Date.now(); });
}
function state() {
  const c = window.API.cmi.core;
  return { status: c.lesson_status, location: c.lesson_location, suspend: window.API.cmi.suspend_data, time: window.sessionTime };
}
</script></head><body><iframe id="sco" title="course" style="width:100%;height:700px"></iframe></body></html>`);
  server = await serveFolder(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// Opens a page of the package in the course frame and waits for the runtime to see it.
async function open(page, file) {
  const sco = page.frames().find((f) => f.url().includes("/pkg/index.html"));
  await sco.evaluate((src) => new Promise((done) => {
    const course = document.getElementById("glocal-course");
    course.addEventListener("load", () => setTimeout(done, 0), { once: true });
    course.src = src;
  }), file);
}

test("a learner's progress is reported, survives a relaunch, and completes the course", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "lms.html");
  await page.evaluate(() => launch(null));
  await page.waitForFunction(() => window.API.cmi.core.lesson_status === "incomplete");
  const half = Math.floor(lessons.length / 2);
  for (const lesson of lessons.slice(0, half)) await open(page, lesson);
  let s = await page.evaluate(() => state());
  assert.equal(s.status, "incomplete", "not every lesson was opened");
  assert.equal(s.location, lessons[half - 1], "the bookmark is the last page opened");
  assert.match(s.suspend, /^v1\.[A-Za-z0-9_-]+$/);
  assert.ok(s.suspend.length < 4096);
  const inLms = await page.frames().find((f) => f.url().includes(lessons[0].split("/")[0]) && !f.url().endsWith("pkg/index.html"))
    .evaluate(() => document.documentElement.classList.contains("in-lms"));
  assert.equal(inLms, true, "the course pages know they are in an LMS");

  // Relaunch: the LMS hands the stored data to a new session, as it would a day later.
  const saved = { "cmi.core.lesson_location": s.location, "cmi.suspend_data": s.suspend, "cmi.core.lesson_status": s.status };
  await page.evaluate((saved) => launch(saved), saved);
  const course = page.frames().find((f) => f.url().endsWith(s.location));
  assert.ok(course, "the course reopens where the learner left off");
  for (const lesson of lessons.slice(half)) await open(page, lesson);
  s = await page.evaluate(() => state());
  assert.equal(s.status, "completed", "every lesson was opened across both sessions");

  const sco = page.frames().find((f) => f.url().includes("/pkg/index.html"));
  const errors = await sco.evaluate(() => { window.glocalScorm.finish(); return window.glocalScorm.errors; });
  assert.deepEqual(errors, [], "every LMS call succeeded");
  s = await page.evaluate(() => state());
  assert.match(s.time, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, "a SCORM 1.2 timespan");
  await page.close();
});

test("without an LMS the package plays as the plain course", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "pkg/index.html");
  const frame = page.frameLocator("#glocal-course");
  await frame.locator("h1").first().waitFor();
  const live = await page.evaluate(() => window.glocalScorm.live());
  assert.equal(live, false);
  await page.close();
});
