// glocal's SCORM 1.2 runtime, in LMS packages only. The launch page keeps one LMS
// session while the course's own pages play in a frame: it finds the LMS's API (the
// parent windows, then the opener), restores the learner's place and the lessons they
// opened, marks each page visited, reports "incomplete" until every lesson was opened,
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
  var frame = document.getElementById("glocal-course");
  var root = window.location.pathname.replace(/[^/]*$/, "");
  try { root = decodeURIComponent(root); } catch (e) { /* keep it encoded */ }
  var errors = [];

  function findAPI(win) {
    for (var i = 0; win && i < 16; i++) {
      try {
        if (win.API) return win.API;
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
      var code = String(api.LMSGetLastError());
      if (code !== "0") errors.push(name + "(" + (args[0] || "") + "): " + code + " " + api.LMSGetErrorString(code));
    } catch (e) {
      errors.push("LMSGetLastError: " + e);
    }
    return result;
  }
  function get(element) { return String(call("LMSGetValue", element) || ""); }
  function set(element, value) { return call("LMSSetValue", element, String(value)); }

  // Visited lessons as bits, base64url, after the lesson list's hash: 500 lessons take
  // 96 characters of the 4,096.
  function decode(text) {
    var bits = [];
    for (var i = 0; i < config.lessons.length; i++) bits.push(false);
    var m = /^v1\.([0-9a-f]{8})\.([A-Za-z0-9_-]*)$/.exec(text);
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
  function encode(bits) {
    var bytes = [];
    for (var i = 0; i < bits.length; i++) {
      if (bits[i]) bytes[i >> 3] = (bytes[i >> 3] || 0) | (1 << (i & 7));
    }
    var text = "";
    for (var j = 0; j < Math.ceil(bits.length / 8); j++) text += String.fromCharCode(bytes[j] || 0);
    return "v1." + config.list + "." + btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  // SCORM 1.2's CMITimespan: HH:MM:SS.SS.
  function timespan(ms) {
    var cs = Math.round(ms / 10);
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return two(h) + ":" + two(m) + ":" + (s < 10 ? "0" : "") + s.toFixed(2);
  }

  var began = Date.now();
  var live = !!api && String(call("LMSInitialize", "")) === "true";
  var visited = decode(live ? get("cmi.suspend_data") : "");
  var status = live ? get("cmi.core.lesson_status") : "";
  var ended = status === "completed" || status === "passed" || status === "failed";
  if (live && !ended) {
    set("cmi.core.lesson_status", "incomplete");
    status = "incomplete";
  }
  var place = live ? get("cmi.core.lesson_location") : "";
  // The frame opens at the course home (in the page itself); a bookmark moves it.
  if (place !== config.start && config.lessons.indexOf(place) >= 0) frame.src = place;

  // "suspend" keeps the place and visited lessons for the next session; a finished
  // course leaves normally.
  function exitMode() { return status === "incomplete" ? "suspend" : ""; }

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
    if (!live) return;
    if (page.length <= 255) set("cmi.core.lesson_location", page);
    set("cmi.suspend_data", encode(visited));
    var all = visited.every(function (v) { return v; });
    if (all && config.assessed === 0 && status === "incomplete") {
      set("cmi.core.lesson_status", "completed");
      status = "completed";
    }
    set("cmi.core.exit", exitMode());
    call("LMSCommit", "");
  });

  var finished = false;
  function finish() {
    if (!live || finished) return;
    finished = true;
    set("cmi.core.session_time", timespan(Date.now() - began));
    set("cmi.core.exit", exitMode());
    call("LMSCommit", "");
    call("LMSFinish", "");
  }
  // Leaving may still be cancelled at beforeunload: save then, end only at pagehide.
  window.addEventListener("beforeunload", function () { if (live && !finished) call("LMSCommit", ""); });
  window.addEventListener("pagehide", finish);
  window.glocalScorm = { errors: errors, live: function () { return live; }, finish: finish };
})();
