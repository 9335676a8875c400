// glocal default theme: self-checks, offline search and the print button. No
// framework and no requests to other hosts; works from a folder (file://) too.
(function () {
  "use strict";
  var body = document.body;

  // Self-check questions: the answers are in the page. A wrong try is told to try
  // again; the right options are marked and the explanation shown only once the
  // learner answers rightly or asks to see the answer.
  document.querySelectorAll("form.self-check[data-view='site']").forEach(function (form) {
    var feedback = form.querySelector(".feedback");
    var reveal = form.querySelector(".reveal");
    function say(text, kind) {
      feedback.hidden = false;
      feedback.textContent = text;
      feedback.className = "feedback " + kind;
    }
    function showAnswer() {
      form.querySelectorAll("input").forEach(function (input) {
        var label = input.closest("label");
        if (!input.hasAttribute("data-correct") || label.querySelector(".answer-mark")) return;
        label.classList.add("is-correct");
        var mark = document.createElement("span");
        mark.className = "answer-mark";
        mark.textContent = body.dataset.answerRightOption;
        label.appendChild(mark);
      });
      var explanation = form.querySelector(".explanation");
      if (explanation && explanation.textContent.trim()) explanation.hidden = false;
      if (reveal) reveal.hidden = true;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var right = true, chosen = 0;
      form.querySelectorAll("input").forEach(function (input) {
        if (input.checked) chosen++;
        if (input.checked !== input.hasAttribute("data-correct")) right = false;
      });
      if (!chosen) return;
      if (right) {
        say(body.dataset.answerCorrect, "correct");
        showAnswer();
      } else {
        say(body.dataset.answerWrong, "wrong");
        if (reveal) reveal.hidden = false;
      }
    });
    if (reveal) reveal.addEventListener("click", function () {
      say(body.dataset.answerShown, "shown");
      showAnswer();
    });
  });

  // On a phone the course contents fold under a menu button (shown only where the
  // script runs, so without it the contents stay visible below the page).
  var menu = document.querySelector(".menu-button");
  var contents = document.getElementById("course-nav");
  if (menu && contents) {
    document.documentElement.classList.add("js-menu");
    menu.hidden = false;
    menu.addEventListener("click", function () {
      var open = contents.classList.toggle("open");
      menu.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        var first = contents.querySelector("a");
        if (first) first.focus();
      }
    });
  }

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Cohorts met online: each time also in the reader's own time zone, in brackets.
  // Every time is a <time datetime> with its offset, so the page is right without this.
  document.querySelectorAll("[data-local-times]").forEach(function (box) {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone || zone === box.dataset.zone) return;
    var locale = box.dataset.intlLocale || document.documentElement.lang;
    var clock = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
    var day = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: zone });
    var dayThere = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone });
    var shown = 0;
    box.querySelectorAll("time[data-local]").forEach(function (time) {
      var instant = new Date(time.getAttribute("datetime"));
      if (isNaN(instant)) return;
      var text = clock.format(instant);
      // A different calendar day where the reader is: say which.
      if (dayThere.format(instant) !== time.getAttribute("datetime").slice(0, 10)) text = day.format(instant) + " " + text;
      var mark = document.createElement("span");
      mark.className = "local-time";
      mark.title = box.dataset.yourTime || "";
      mark.textContent = " (" + text + ")";
      time.after(mark);
      shown++;
    });
    var note = box.querySelector("[data-your-zone]");
    if (note && shown) {
      note.textContent = note.textContent.replace("{zone}", zone.replace(/_/g, " "));
      note.hidden = false;
    }
  });

  // The assessed knowledge check, in LMS packages only: each choice is compared with
  // the question's key (a salted SHA-256 of the right letters; the page has no answer),
  // the score goes to the package's runtime in the window above, and the form is then
  // closed: one attempt is recorded.
  document.querySelectorAll("form.assessment").forEach(function (form) {
    var result = form.querySelector(".assessment-result");
    function hex(buffer) {
      return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!window.crypto || !window.crypto.subtle) {
        result.hidden = false;
        result.textContent = form.dataset.unavailable;
        return;
      }
      var questions = Array.prototype.slice.call(form.querySelectorAll("fieldset.question"));
      var checks = questions.map(function (q) {
        var letters = Array.prototype.map.call(q.querySelectorAll("input:checked"), function (i) { return i.value; }).sort();
        var text = form.dataset.salt + ":" + q.dataset.id + ":" + letters.join(";");
        return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then(function (d) { return hex(d) === q.dataset.key; });
      });
      Promise.all(checks).then(function (right) {
        var score = Math.round(100 * right.filter(Boolean).length / Math.max(1, right.length));
        var lms = null;
        try { lms = window.parent !== window && window.parent.glocalScorm; } catch (e) { lms = null; }
        if (lms) lms.submit(score);
        form.querySelectorAll("input, button").forEach(function (el) { el.disabled = true; });
        result.hidden = false;
        result.textContent = form.dataset.score.replace("{score}", score) + " " +
          (score >= Number(form.dataset.mastery) ? form.dataset.passed : form.dataset.failed);
      });
    });
  });

  // Search: the index is a script (fetching JSON is blocked on file://), loaded the
  // first time the box is used, and matched with accents folded on both sides.
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var root = form.dataset.root;
  var loading = false, index = null, pending = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").replace(/ß/g, "ss").toLowerCase();
  }

  function load(then) {
    if (index) return then();
    if (window.glocalSearch) { prepare(); return then(); }
    pending = then;
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = form.dataset.index;
    script.onload = function () { prepare(); pending(); };
    document.head.appendChild(script);
  }

  function prepare() {
    index = (window.glocalSearch || []).map(function (doc) {
      return { doc: doc, title: fold(doc.t + " " + doc.s), text: fold(doc.x) };
    });
  }

  function excerpt(text, term) {
    var at = fold(text).indexOf(term);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.slice(start, start + 160) + "…";
  }

  function search() {
    var terms = fold(input.value).split(/\s+/).filter(function (t) { return t.length > 1; });
    list.textContent = "";
    if (!terms.length) { list.hidden = true; return; }
    var hits = index.map(function (entry) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = entry.title.indexOf(terms[i]) >= 0, inText = entry.text.indexOf(terms[i]) >= 0;
        if (!inTitle && !inText) return null;
        score += (inTitle ? 5 : 0) + (inText ? 1 : 0);
      }
      return { entry: entry, score: score };
    }).filter(Boolean).sort(function (a, b) { return b.score - a.score; }).slice(0, 20);
    if (!hits.length) {
      var none = document.createElement("li");
      none.textContent = body.dataset.searchNone;
      list.appendChild(none);
    }
    hits.forEach(function (hit) {
      var doc = hit.entry.doc, li = document.createElement("li"), a = document.createElement("a");
      a.href = root + doc.u;
      a.textContent = doc.s || doc.t;
      li.appendChild(a);
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = (doc.s ? doc.t + " · " : "") + excerpt(doc.x, terms[0]);
      li.appendChild(where);
      list.appendChild(li);
    });
    list.hidden = false;
  }

  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(search); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { list.hidden = true; }
    if (event.key === "ArrowDown") { var first = list.querySelector("a"); if (first) { event.preventDefault(); first.focus(); } }
  });
})();
