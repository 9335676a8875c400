// End-to-end: a SCORM 2004 3rd edition package played in headless Chromium with
// scorm-again's 2004 runtime as the LMS in the parent frame, over loopback HTTP: the
// same course as the 1.2 test, with completion and success reported apart.
// Opening lessons is tracked (incomplete until every lesson was opened and the
// assessed test submitted, then passed or failed with its score), the place and
// visited lessons survive a relaunch, one attempt is recorded, and the session ends
// with its time recorded. GLOCAL_SCORM2004_PACKAGE is an unzipped 2004 package.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import crypto from "node:crypto";
import { launchChromium, serveFolder } from "./support.mjs";

const pkg = process.env.GLOCAL_SCORM2004_PACKAGE;
const runtime = createRequire(import.meta.url).resolve("scorm-again/scorm2004/min");
let server, browser, dir, lessons, config;

before(async () => {
  assert.ok(pkg && fs.existsSync(path.join(pkg, "imsmanifest.xml")), "GLOCAL_SCORM2004_PACKAGE must hold an unzipped 2004 package");
  const launch = fs.readFileSync(path.join(pkg, "index.html"), "utf8");
  config = JSON.parse(/<script type="application\/json" id="glocal-scorm">(.*?)<\/script>/s.exec(launch)[1].replace(/<\\\//g, "</"));
  lessons = config.lessons;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "glocal-lms-"));
  fs.copyFileSync(runtime, path.join(dir, "scorm2004.min.js"));
  fs.symlinkSync(path.resolve(pkg), path.join(dir, "pkg"));
  // The LMS: scorm-again's API in the window above the package, as an LMS player has it.
  fs.writeFileSync(path.join(dir, "lms.html"), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm2004.min.js"></script>
<script>
window.calls = { initialize: 0, finish: 0 };
function launch(saved) {
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
  if (saved) api.loadFromFlattenedJSON(saved, "");
  api.on("SetValue.cmi.session_time", (element, value) => { window.sessionTime = value; });
  api.on("SetValue.cmi.exit", (element, value) => { window.exitMode = value; });
  api.on("Initialize", () => { window.calls.initialize += 1; });
  api.on("Terminate", () => { window.calls.finish += 1; });
  api.on("Commit", () => {
    window.committed = { "cmi.location": api.cmi.location, "cmi.suspend_data": api.cmi.suspend_data, "cmi.completion_status": api.cmi.completion_status };
  });
  window.API_1484_11 = api;
  const sco = document.getElementById("sco");
  return new Promise((done) => { sco.onload = () => done(); sco.src = "pkg/index.html?" + Date.now(); });
}
function state() {
  const c = window.API_1484_11.cmi;
  return { status: c.completion_status, success: c.success_status, location: c.location, suspend: c.suspend_data, time: window.sessionTime, exit: window.exitMode, calls: window.calls, committed: window.committed };
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

test("a learner's progress is reported, survives a relaunch, and the assessed test scores the course", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "lms.html");
  await page.evaluate(() => launch(null));
  await page.waitForFunction(() => window.API_1484_11.cmi.completion_status === "incomplete");
  const home = page.frames().find((f) => f.url().endsWith(config.start));
  await home.waitForSelector("a.glocal-test");
  assert.equal(await home.getAttribute("a.glocal-test", "href"), "assessment/index.html", "the course home leads to the test");
  const half = Math.floor(lessons.length / 2);
  for (const lesson of lessons.slice(0, half)) await open(page, lesson);
  let s = await page.evaluate(() => state());
  assert.equal(s.status, "incomplete", "not every lesson was opened");
  assert.equal(s.location, lessons[half - 1], "the bookmark is the last page opened");
  assert.match(s.suspend, /^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  assert.ok(s.suspend.length < 4096);
  const inLms = await page.frames().find((f) => f.url().includes(lessons[0].split("/")[0]) && !f.url().endsWith("pkg/index.html"))
    .evaluate(() => document.documentElement.classList.contains("in-lms"));
  assert.equal(inLms, true, "the course pages know they are in an LMS");

  assert.equal(s.exit, "suspend", "an unfinished course asks the LMS to keep its place");
  assert.deepEqual(s.committed, { "cmi.location": s.location, "cmi.suspend_data": s.suspend, "cmi.completion_status": "incomplete" });
  const firstErrors = await page.frames().find((f) => f.url().includes("/pkg/index.html")).evaluate(() => window.glocalScorm.errors);
  assert.deepEqual(firstErrors, [], "every call of the first session succeeded");

  // Relaunch from what was committed, as an LMS would a day later; leaving the first
  // session (pagehide) finishes it.
  await page.evaluate((saved) => launch(saved), s.committed);
  const course = page.frames().find((f) => f.url().endsWith(s.location));
  assert.ok(course, "the course reopens where the learner left off");
  for (const lesson of lessons.slice(half)) await open(page, lesson);
  s = await page.evaluate(() => state());
  assert.equal(s.status, "incomplete", "every lesson was opened, but the assessed test is still to take");

  // The test: the page holds keys, not answers. Find the right letters the way a
  // determined reader could (every subset against the key), answer three of five
  // rightly and two wrongly: 60, below the mastery score of 80.
  assert.equal(config.assessed, 5);
  await open(page, config.test);
  const test = page.frames().find((f) => f.url().endsWith(config.test));
  const questions = await test.evaluate(() => Array.from(document.querySelectorAll("fieldset.question")).map((q) => ({
    id: q.dataset.id, key: q.dataset.key, letters: Array.from(q.querySelectorAll("input")).map((i) => i.value),
  })));
  const salt = await test.evaluate(() => document.querySelector("form.assessment").dataset.salt);
  const right = questions.map((q) => {
    for (let mask = 1; mask < 1 << q.letters.length; mask++) {
      const chosen = q.letters.filter((_, i) => mask & (1 << i));
      const key = crypto.createHash("sha256").update(`${salt}:${q.id}:${chosen.join(";")}`).digest("hex");
      if (key === q.key) return chosen;
    }
    throw new Error(`no answer of ${q.id} matches its key`);
  });
  for (const [n, q] of questions.entries()) {
    const wrong = q.letters.find((l) => !right[n].includes(l));
    const answer = n < 3 ? right[n] : [wrong];
    for (const letter of answer) await test.check(`fieldset[data-id="${q.id}"] input[value="${letter}"]`);
  }
  await test.click("form.assessment button[type=submit]");
  await page.waitForFunction(() => window.API_1484_11.cmi.completion_status === "completed");
  const score = await page.evaluate(() => ({ scaled: window.API_1484_11.cmi.score.scaled, raw: window.API_1484_11.cmi.score.raw }));
  assert.deepEqual(score, { scaled: "0.6", raw: "60" });
  s = await page.evaluate(() => state());
  assert.equal(s.success, "failed", "60 is below the mastery score of 80");
  assert.equal(s.committed["cmi.completion_status"], "completed", "and committed so");
  assert.equal(s.exit, "normal", "a finished course leaves normally");
  const retake = await page.frames().find((f) => f.url().includes("/pkg/index.html")).evaluate(() => window.glocalScorm.submit(100));
  assert.equal(retake, false, "one attempt is recorded");
  assert.equal(await page.evaluate(() => window.API_1484_11.cmi.score.raw), "60");
  assert.deepEqual(s.calls, { initialize: 2, finish: 1 }, "one initialise per session; the first finished on leaving");

  const sco = page.frames().find((f) => f.url().includes("/pkg/index.html"));
  const errors = await sco.evaluate(() => { window.glocalScorm.finish(); return window.glocalScorm.errors; });
  assert.deepEqual(errors, [], "every LMS call succeeded");
  s = await page.evaluate(() => state());
  assert.match(s.time, /^PT\d+H\d+M\d+(\.\d+)?S$/, "an ISO 8601 duration");
  assert.equal(s.calls.finish, 2);
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
