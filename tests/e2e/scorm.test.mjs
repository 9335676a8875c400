// End-to-end: an LMS package, SCORM 1.2 and 2004 3rd edition, played in headless
// Chromium with scorm-again (a third-party SCORM runtime) as the LMS in the parent
// frame, over loopback HTTP.
// Opening lessons is tracked (incomplete until every lesson was opened and the
// assessed test submitted, then passed or failed with its score), the place and
// visited lessons survive a relaunch, one attempt is recorded, and the session ends
// with its time recorded. GLOCAL_SCORM_PACKAGE and GLOCAL_SCORM2004_PACKAGE are
// unzipped packages of one example target.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import { launchChromium, openInPackage, packageConfig, rightAnswers, serveFolder } from "./support.mjs";

const require = createRequire(import.meta.url);
let server, browser, dir;

// What differs between the versions: names, and how glocal's one status is told.
const versions = {
  "1.2": {
    pkg: process.env.GLOCAL_SCORM_PACKAGE, runtime: "scorm-again/scorm12/min", global: "Scorm12API", api: "API",
    on: { time: "LMSSetValue.cmi.core.session_time", exit: "LMSSetValue.cmi.core.exit", init: "LMSInitialize", finish: "LMSFinish", commit: "LMSCommit" },
    read: `(a) => ({ status: a.cmi.core.lesson_status, location: a.cmi.core.lesson_location, suspend: a.cmi.suspend_data,
      score: a.cmi.core.score.raw, scaled: null })`,
    saved: `(a) => ({ "cmi.core.lesson_location": a.cmi.core.lesson_location, "cmi.suspend_data": a.cmi.suspend_data, "cmi.core.lesson_status": a.cmi.core.lesson_status })`,
    done: "", time: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, scaled: null,
  },
  "2004": {
    pkg: process.env.GLOCAL_SCORM2004_PACKAGE, runtime: "scorm-again/scorm2004/min", global: "Scorm2004API", api: "API_1484_11",
    on: { time: "SetValue.cmi.session_time", exit: "SetValue.cmi.exit", init: "Initialize", finish: "Terminate", commit: "Commit" },
    read: `(a) => ({ status: a.cmi.completion_status === "completed" && a.cmi.success_status !== "unknown" ? a.cmi.success_status : a.cmi.completion_status,
      location: a.cmi.location, suspend: a.cmi.suspend_data, score: a.cmi.score.raw, scaled: a.cmi.score.scaled })`,
    saved: `(a) => ({ "cmi.location": a.cmi.location, "cmi.suspend_data": a.cmi.suspend_data, "cmi.completion_status": a.cmi.completion_status })`,
    done: "normal", time: /^PT\d+H\d+M\d+(\.\d+)?S$/, scaled: "0.6",
  },
};

// The LMS: scorm-again's API in the window above the package, as an LMS player has it.
function harness(v) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="runtime.js"></script>
<script>
window.calls = { initialize: 0, finish: 0 };
const read = ${v.read}, saved = ${v.saved};
function launch(data) {
  const api = new ${v.global}({ autocommit: false, logLevel: 5 });
  if (data) api.loadFromFlattenedJSON(data, "");
  // What an LMS stores is what was committed; write-only elements are seen as set.
  api.on("${v.on.time}", (element, value) => { window.sessionTime = value; });
  api.on("${v.on.exit}", (element, value) => { window.exitMode = value; });
  api.on("${v.on.init}", () => { window.calls.initialize += 1; });
  api.on("${v.on.finish}", () => { window.calls.finish += 1; });
  api.on("${v.on.commit}", () => { window.committed = read(api); window.stored = saved(api); });
  window.${v.api} = api;
  const sco = document.getElementById("sco");
  return new Promise((done) => { sco.onload = () => done(); sco.src = "pkg/index.html?" + Date.now(); });
}
function state() {
  return Object.assign(read(window.${v.api}), { time: window.sessionTime, exit: window.exitMode, calls: window.calls, committed: window.committed, stored: window.stored });
}
</script></head><body><iframe id="sco" title="course" style="width:100%;height:700px"></iframe></body></html>`;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "glocal-lms-"));
  for (const [name, v] of Object.entries(versions)) {
    assert.ok(v.pkg && fs.existsSync(path.join(v.pkg, "imsmanifest.xml")), `the ${name} package must be given, unzipped`);
    const folder = path.join(dir, name);
    fs.mkdirSync(folder);
    fs.copyFileSync(require.resolve(v.runtime), path.join(folder, "runtime.js"));
    fs.symlinkSync(path.resolve(v.pkg), path.join(folder, "pkg"));
    fs.writeFileSync(path.join(folder, "lms.html"), harness(v));
  }
  server = await serveFolder(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

for (const [name, v] of Object.entries(versions)) test(`SCORM ${name}: progress is reported, survives a relaunch, and the assessed test scores the course`, async () => {
  const config = packageConfig(v.pkg);
  const lessons = config.lessons;
  const page = await browser.newPage();
  await page.goto(server.base + name + "/lms.html");
  await page.evaluate(() => launch(null));
  await page.waitForFunction(() => state().status === "incomplete");
  const home = page.frames().find((f) => f.url().endsWith(config.start));
  await home.waitForSelector("a.glocal-test");
  assert.equal(await home.getAttribute("a.glocal-test", "href"), "assessment/index.html", "the course home leads to the test");
  const half = Math.floor(lessons.length / 2);
  for (const lesson of lessons.slice(0, half)) await openInPackage(page, lesson);
  let s = await page.evaluate(() => state());
  assert.equal(s.status, "incomplete", "not every lesson was opened");
  assert.equal(s.location, lessons[half - 1], "the bookmark is the last page opened");
  assert.match(s.suspend, /^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  assert.ok(s.suspend.length < 4096);
  const inLms = await page.frames().find((f) => f.url().includes(lessons[0].split("/")[0]) && !f.url().endsWith("pkg/index.html"))
    .evaluate(() => document.documentElement.classList.contains("in-lms"));
  assert.equal(inLms, true, "the course pages know they are in an LMS");

  assert.equal(s.exit, "suspend", "an unfinished course asks the LMS to keep its place");
  assert.deepEqual([s.committed.location, s.committed.suspend, s.committed.status], [s.location, s.suspend, "incomplete"]);
  const firstErrors = await page.frames().find((f) => f.url().includes("/pkg/index.html")).evaluate(() => window.glocalScorm.errors);
  assert.deepEqual(firstErrors, [], "every call of the first session succeeded");

  // Relaunch from what was committed, as an LMS would a day later; leaving the first
  // session (pagehide) finishes it.
  await page.evaluate((data) => launch(data), s.stored);
  const course = page.frames().find((f) => f.url().endsWith(s.location));
  assert.ok(course, "the course reopens where the learner left off");
  for (const lesson of lessons.slice(half)) await openInPackage(page, lesson);
  s = await page.evaluate(() => state());
  assert.equal(s.status, "incomplete", "every lesson was opened, but the assessed test is still to take");

  // The test: the page holds keys, not answers. Find the right letters the way a
  // determined reader could (every subset against the key), answer three of five
  // rightly and two wrongly: 60, below the mastery score of 80.
  assert.equal(config.assessed, 5);
  await openInPackage(page, config.test);
  const test = page.frames().find((f) => f.url().endsWith(config.test));
  const questions = await rightAnswers(test);
  for (const [n, q] of questions.entries()) {
    const wrong = q.letters.find((l) => !q.right.includes(l));
    const answer = n < 3 ? q.right : [wrong];
    for (const letter of answer) await test.check(`fieldset[data-id="${q.id}"] input[value="${letter}"]`);
  }
  await test.click("form.assessment button[type=submit]");
  await page.waitForFunction(() => state().status !== "incomplete");
  s = await page.evaluate(() => state());
  assert.deepEqual([s.score, s.scaled], ["60", v.scaled]);
  assert.equal(s.status, "failed", "60 is below the mastery score of 80");
  assert.equal(s.committed.status, "failed", "and committed so");
  assert.equal(s.exit, v.done, "a finished course leaves normally");
  const retake = await page.frames().find((f) => f.url().includes("/pkg/index.html")).evaluate(() => window.glocalScorm.submit(100));
  assert.equal(retake, false, "one attempt is recorded");
  assert.equal((await page.evaluate(() => state())).score, "60");
  assert.deepEqual(s.calls, { initialize: 2, finish: 1 }, "one initialise per session; the first finished on leaving");

  const sco = page.frames().find((f) => f.url().includes("/pkg/index.html"));
  const errors = await sco.evaluate(() => { window.glocalScorm.finish(); return window.glocalScorm.errors; });
  assert.deepEqual(errors, [], "every LMS call succeeded");
  s = await page.evaluate(() => state());
  assert.match(s.time, v.time, "the version's session time format");
  assert.equal(s.calls.finish, 2);
  await page.close();
});

test("without an LMS the package plays as the plain course", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "1.2/pkg/index.html");
  const frame = page.frameLocator("#glocal-course");
  await frame.locator("h1").first().waitFor();
  const live = await page.evaluate(() => window.glocalScorm.live());
  assert.equal(live, false);
  await page.close();
});
