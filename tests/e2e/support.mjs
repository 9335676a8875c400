// Shared by the end-to-end tests: a static file server on a free loopback port, and
// the browser.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

export async function serveFolder(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Debian's Chromium, headless, with the flags this machine's closed network needs.
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

// SCORM packages: the launch page's configuration, as the runtime reads it.
export function packageConfig(folder) {
  const launch = fs.readFileSync(path.join(folder, "index.html"), "utf8");
  return JSON.parse(/<script type="application\/json" id="glocal-scorm">(.*?)<\/script>/s.exec(launch)[1].replace(/<\\\//g, "</"));
}

// Opens a page of the package in its course frame (inside the SCO, the LMS page's only
// frame) and waits for the runtime to have seen it load.
export async function openInPackage(page, file) {
  const sco = page.frames().find((f) => f.parentFrame() === page.mainFrame());
  await sco.evaluate((src) => new Promise((done) => {
    const course = document.getElementById("glocal-course");
    course.addEventListener("load", () => setTimeout(done, 0), { once: true });
    course.src = src;
  }), file);
}

// The right letters of each assessed question, found the way a determined reader could:
// every subset of the options against the question's salted SHA-256 key.
export async function rightAnswers(testFrame) {
  const { createHash } = await import("node:crypto");
  const salt = await testFrame.evaluate(() => document.querySelector("form.assessment").dataset.salt);
  const questions = await testFrame.evaluate(() => Array.from(document.querySelectorAll("fieldset.question")).map((q) => ({
    id: q.dataset.id, key: q.dataset.key, letters: Array.from(q.querySelectorAll("input")).map((i) => i.value),
  })));
  return questions.map((q) => {
    for (let mask = 1; mask < 1 << q.letters.length; mask++) {
      const chosen = q.letters.filter((_, i) => mask & (1 << i));
      if (createHash("sha256").update(`${salt}:${q.id}:${chosen.join(";")}`).digest("hex") === q.key) return { ...q, right: chosen };
    }
    throw new Error(`no answer of ${q.id} matches its key`);
  });
}
