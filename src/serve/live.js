// glocal serve: reloads the page after each rebuild (keeping the scroll position) and
// shows build errors over the page until the next good save.
(function () {
  "use strict";
  var key = "glocal-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, parseInt(saved, 10) || 0); });
  }
  function overlay(html) {
    var box = document.getElementById("glocal-errors");
    if (!html) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "glocal-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,28,.94);color:#f5f5f5;padding:2rem;font:14px/1.45 ui-monospace,monospace";
      document.body.appendChild(box);
    }
    box.innerHTML = html;
  }
  function connect() {
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__glocal/ws");
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === "reload") {
        sessionStorage.setItem(key, String(window.scrollY));
        location.reload();
      } else if (message.type === "errors") {
        overlay(message.html);
      }
    };
    socket.onclose = function () { setTimeout(connect, 1000); };
  }
  connect();
})();
