// glocal's SCORM runtime (1.2, or 2004 3rd edition when the package says so), in LMS
// packages only. The launch page keeps one LMS
// session while the course's own pages play in a frame: it finds the LMS's API (the
// parent windows, then the opener), restores the learner's place and the lessons they
// opened, marks each page visited, reports "incomplete" until every lesson was opened
// (and the assessed test submitted, then "passed" or "failed" with its score),
// commits after every page, and records the session time and finishes once, when the
// learner leaves. Without an LMS the frame simply shows the course.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("glocal-scorm").textContent);
  // A link back to the package's root opened this page inside the course frame: show
  // the course there instead of a second session.
  try {
    if (window.frameElement && window.parent.glocalScorm) {
      window.location.replace(config.start);
      return;
    }
  } catch (e) { /* a frame of another origin: not our launch page */ }
  // The two versions differ in names, not in what glocal reports.
  var v2004 = config.version === "2004";
  var names = v2004
    ? { api: "API_1484_11", init: "Initialize", finish: "Terminate", get: "GetValue", set: "SetValue",
        commit: "Commit", error: "GetLastError", text: "GetErrorString", location: "cmi.location",
        exit: "cmi.exit", time: "cmi.session_time", score: "cmi.score", locationMax: 1000 }
    : { api: "API", init: "LMSInitialize", finish: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue",
        commit: "LMSCommit", error: "LMSGetLastError", text: "LMSGetErrorString", location: "cmi.core.lesson_location",
        exit: "cmi.core.exit", time: "cmi.core.session_time", score: "cmi.core.score", locationMax: 255 };
  var frame = document.getElementById("glocal-course");
  var root = window.location.pathname.replace(/[^/]*$/, "");
  try { root = decodeURIComponent(root); } catch (e) { /* keep it encoded */ }
  var errors = [];

  function findAPI(win) {
    for (var i = 0; win && i < 16; i++) {
      try {
        if (win[names.api]) return win[names.api];
      } catch (e) { /* another origin's window: look further up */ }
      if (win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  var api = (window.parent !== window && findAPI(window.parent)) ||
    (window.opener && findAPI(window.opener)) ||
    (window.top && window.top.opener && findAPI(window.top.opener)) || null;

  // Every call's error code is checked; failures are kept for whoever debugs the LMS.
  function call(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (!api) return "";
    var result;
    try {
      result = api[name].apply(api, args);
    } catch (e) {
      errors.push(name + ": " + e);
      return "";
    }
    try {
      var code = String(api[names.error]());
      // SCORM 2004 says 403 when an element has no value yet: a first attempt, not a fault.
      var unset = v2004 && name === names.get && code === "403";
      if (code !== "0" && !unset) errors.push(name + "(" + (args[0] || "") + "): " + code + " " + api[names.text](code));
    } catch (e) {
      errors.push(names.error + ": " + e);
    }
    return result;
  }
  function get(element) { return String(call(names.get, element) || ""); }
  function set(element, value) { return call(names.set, element, String(value)); }

  // One status for glocal: incomplete, completed, passed or failed. SCORM 2004 keeps
  // completion and success apart.
  function readStatus() {
    if (!v2004) return get("cmi.core.lesson_status");
    var done = get("cmi.completion_status"), success = get("cmi.success_status");
    if (done === "completed") return success === "passed" || success === "failed" ? success : "completed";
    return done === "incomplete" ? "incomplete" : "";
  }
  function writeStatus(value) {
    if (!v2004) return set("cmi.core.lesson_status", value);
    set("cmi.completion_status", value === "incomplete" ? "incomplete" : "completed");
    if (value === "passed" || value === "failed") set("cmi.success_status", value);
  }

  // Visited lessons as bits, base64url, after the lesson list's hash: 500 lessons take
  // 96 characters of the 4,096.
  function decode(text) {
    var bits = [];
    for (var i = 0; i < config.lessons.length; i++) bits.push(false);
    var m = /^v1\.([0-9a-f]{8})\.([A-Za-z0-9_-]*)(?:\.(\d{1,3}))?$/.exec(text);
    if (!m || m[1] !== config.list) return bits;
    var b64 = m[2].replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) b64 += "=";
    var bytes;
    try { bytes = atob(b64); } catch (e) { return bits; }
    for (var j = 0; j < bits.length; j++) {
      bits[j] = ((bytes.charCodeAt(j >> 3) || 0) >> (j & 7) & 1) === 1;
    }
    return bits;
  }
  // The assessed test's score, once submitted, after the bits.
  function savedScore(text) {
    var m = /^v1\.([0-9a-f]{8})\.[A-Za-z0-9_-]*\.(\d{1,3})$/.exec(text);
    return m && m[1] === config.list ? Number(m[2]) : null;
  }
  function encode(bits) {
    var bytes = [];
    for (var i = 0; i < bits.length; i++) {
      if (bits[i]) bytes[i >> 3] = (bytes[i >> 3] || 0) | (1 << (i & 7));
    }
    var text = "";
    for (var j = 0; j < Math.ceil(bits.length / 8); j++) text += String.fromCharCode(bytes[j] || 0);
    var score = testScore === null ? "" : "." + testScore;
    return "v1." + config.list + "." + btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") + score;
  }
  // SCORM 1.2's CMITimespan (HH:MM:SS.SS), or 2004's ISO 8601 duration (PT1H2M3.4S).
  function timespan(ms) {
    if (v2004) {
      var t = Math.round(ms / 10) / 100;
      return "PT" + Math.floor(t / 3600) + "H" + (Math.floor(t / 60) % 60) + "M" + (t % 60).toFixed(2) + "S";
    }
    var cs = Math.round(ms / 10);
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return two(h) + ":" + two(m) + ":" + (s < 10 ? "0" : "") + s.toFixed(2);
  }

  var began = Date.now();
  var live = !!api && String(call(names.init, "")) === "true";
  var suspended = live ? get("cmi.suspend_data") : "";
  var testScore = savedScore(suspended);
  var visited = decode(suspended);
  var status = live ? readStatus() : "";
  var ended = status === "completed" || status === "passed" || status === "failed";
  if (live && !ended) {
    writeStatus("incomplete");
    status = "incomplete";
  }
  var place = live ? get(names.location) : "";
  // The frame opens at the course home (in the page itself); a bookmark moves it.
  if (place !== config.start && config.lessons.indexOf(place) >= 0) frame.src = place;

  // "suspend" keeps the place and visited lessons for the next session; a finished
  // course leaves normally.
  function exitMode() { return status === "incomplete" ? "suspend" : v2004 ? "normal" : ""; }

  frame.addEventListener("load", function () {
    var doc, path;
    try {
      doc = frame.contentDocument;
      path = frame.contentWindow.location.pathname;
      try { path = decodeURIComponent(path); } catch (e) { /* keep it encoded */ }
    } catch (e) {
      return; // a page outside the package
    }
    if (!doc || path.indexOf(root) !== 0) return;
    doc.documentElement.classList.add("in-lms");
    var page = path.slice(root.length);
    if (/\/$/.test(page)) page += "index.html";
    var lesson = config.lessons.indexOf(page);
    if (lesson >= 0) visited[lesson] = true;
    if (live && page.length <= names.locationMax) set(names.location, page);
    if (page === config.start && config.test) offerTest(doc);
    if (!live) return;
    save();
  });

  // The course home in a package leads to the assessed test, which the site never has.
  function offerTest(doc) {
    if (doc.querySelector("a.glocal-test")) return;
    var main = doc.querySelector("main");
    if (!main) return;
    var p = doc.createElement("p");
    var a = doc.createElement("a");
    a.className = "button glocal-test";
    a.href = config.test.slice(config.start.length - "index.html".length);
    a.textContent = config.test_label;
    p.appendChild(a);
    main.appendChild(p);
  }

  // Complete once every lesson was opened and, when the course has an assessed test,
  // it was submitted: then passed or failed against the mastery score.
  function progress() {
    if (status !== "incomplete") return;
    var all = visited.every(function (v) { return v; });
    if (!all) return;
    if (config.assessed === 0) status = "completed";
    else if (testScore !== null) status = testScore >= config.mastery ? "passed" : "failed";
    if (status !== "incomplete") writeStatus(status);
  }

  function save() {
    progress();
    set("cmi.suspend_data", encode(visited));
    set(names.exit, exitMode());
    call(names.commit, "");
  }

  // Called by the test page: one attempt is recorded.
  function submit(score) {
    if (!live || testScore !== null || status !== "incomplete") return false;
    testScore = Math.max(0, Math.min(100, Math.round(score)));
    if (v2004) set("cmi.score.scaled", testScore / 100);
    set(names.score + ".raw", testScore);
    set(names.score + ".min", 0);
    set(names.score + ".max", 100);
    save();
    return true;
  }

  var finished = false;
  function finish() {
    if (!live || finished) return;
    finished = true;
    set(names.time, timespan(Date.now() - began));
    set(names.exit, exitMode());
    call(names.commit, "");
    call(names.finish, "");
  }
  // Leaving may still be cancelled at beforeunload: save then, end only at pagehide.
  window.addEventListener("beforeunload", function () { if (live && !finished) call(names.commit, ""); });
  window.addEventListener("pagehide", finish);
  window.glocalScorm = { errors: errors, live: function () { return live; }, finish: finish, submit: submit };
})();
