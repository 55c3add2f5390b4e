// JointTraining's only script, served from the app itself (the Content-Security-Policy allows
// no inline script). Everything works without it; with it, the survey saves itself every 30 s,
// questions that do not apply are hidden, the submit button cannot be pressed twice, and the
// receipt's print button prints. Each question is one Tab stop: the arrow keys move between
// the choices of a group of tick boxes and between the topics of the topic table, as they do
// natively between radio buttons; the "no gap" box of a topic shows once its levels call for it.
(function () {
  "use strict";

  function autosave(form) {
    var action = form.getAttribute("data-autosave");
    var seconds = parseInt(form.getAttribute("data-autosave-seconds"), 10) || 30;
    var status = document.getElementById("autosave-status");
    var notice = document.getElementById("autosave-notice");
    var token = form.querySelector("input[name=_csrf]").value;
    var last = new URLSearchParams(new FormData(form)).toString();
    var busy = false;
    if (notice) notice.hidden = false;

    function save() {
      var body = new URLSearchParams(new FormData(form)).toString();
      if (busy || body === last) return;
      busy = true;
      fetch(action, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": token, "Accept": "application/json" },
        // Marked as the page's own save: the store keeps only the latest of these.
        body: body + "&_autosave=1"
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }).then(function () {
        last = body;
        status.classList.remove("failed");
        status.textContent = form.getAttribute("data-saved-text") + " " +
          new Date().toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" });
      }).catch(function () {
        status.classList.add("failed");
        status.textContent = form.getAttribute("data-failed-text");
      }).then(function () { busy = false; });
    }
    window.setInterval(save, seconds * 1000);
  }

  function conditions(form) {
    var dependents = Array.prototype.slice.call(form.querySelectorAll("[data-show-if]"));
    if (!dependents.length) return;
    function answered(name, value) {
      var fields = form.querySelectorAll("[name='" + name.replace(/'/g, "\\'") + "']");
      for (var i = 0; i < fields.length; i++) {
        var field = fields[i];
        if ((field.type === "radio" || field.type === "checkbox") ? field.checked && field.value === value
            : field.value.trim() === value) return true;
      }
      return false;
    }
    function update() {
      dependents.forEach(function (element) {
        element.hidden = !answered(element.getAttribute("data-show-if"), element.getAttribute("data-show-value"));
      });
    }
    form.addEventListener("change", update);
    update();
  }

  function submitOnce(form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || !button.hasAttribute("data-once")) return;
      if (form.getAttribute("data-sent") === "yes") { event.preventDefault(); return; }
      form.setAttribute("data-sent", "yes");
      window.setTimeout(function () { button.disabled = true; }, 0);
    });
  }

  function indexOf(list, element) {
    return Array.prototype.indexOf.call(list, element);
  }

  // Tick boxes of one question: one Tab stop, the arrow keys move, Space ticks.
  function checkboxGroup(container) {
    var boxes = container.querySelectorAll("input[type=checkbox]");
    if (boxes.length < 2) return;
    function activate(index) {
      Array.prototype.forEach.call(boxes, function (box, other) { box.tabIndex = other === index ? 0 : -1; });
    }
    activate(0);
    container.addEventListener("focusin", function (event) {
      var index = indexOf(boxes, event.target);
      if (index >= 0) activate(index);
    });
    container.addEventListener("keydown", function (event) {
      var index = indexOf(boxes, event.target);
      if (index < 0) return;
      var next = null;
      if (event.key === "ArrowDown" || event.key === "ArrowRight") next = Math.min(index + 1, boxes.length - 1);
      else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = Math.max(index - 1, 0);
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = boxes.length - 1;
      if (next === null) return;
      event.preventDefault();
      activate(next);
      boxes[next].focus();
    });
  }

  // The topic table: one Tab stop; Up and Down move between topics (in the same column),
  // Left and Right between the relevance choices of a topic, as radio buttons do.
  function topicGrid(table) {
    var rows = Array.prototype.map.call(table.querySelectorAll("tbody tr"), function (row) {
      return row.querySelectorAll("input[type=radio]");
    });
    if (!rows.length) return;
    function find(element) {
      for (var r = 0; r < rows.length; r++) {
        var c = indexOf(rows[r], element);
        if (c >= 0) return { row: r, column: c };
      }
      return null;
    }
    function activate(index) {
      rows.forEach(function (radios, other) {
        Array.prototype.forEach.call(radios, function (radio) { radio.tabIndex = other === index ? 0 : -1; });
      });
    }
    activate(0);
    table.addEventListener("focusin", function (event) {
      var place = find(event.target);
      if (place) activate(place.row);
    });
    table.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      var place = find(event.target);
      if (!place) return;
      event.preventDefault();
      var target = place.row + (event.key === "ArrowDown" ? 1 : -1);
      if (target < 0 || target >= rows.length) return;
      activate(target);
      rows[target][Math.min(place.column, rows[target].length - 1)].focus();
    });
  }

  // A topic's "no gap" box: shown when the current level is above the required one.
  function noGap(topic) {
    var box = topic.querySelector("[data-no-gap]");
    var current = topic.querySelector("select[name$=':current-level']");
    var required = topic.querySelector("select[name$=':required-level']");
    if (!box || !current || !required) return;
    var tick = box.querySelector("input");
    function update() {
      var above = current.value !== "" && required.value !== "" && Number(current.value) > Number(required.value);
      box.hidden = !(above || tick.checked || box.querySelector(".error"));
    }
    topic.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("survey");
    if (form) {
      if (form.hasAttribute("data-autosave")) autosave(form);
      conditions(form);
      submitOnce(form);
      Array.prototype.forEach.call(form.querySelectorAll("[data-group]"), checkboxGroup);
      Array.prototype.forEach.call(form.querySelectorAll("table[data-grid]"), topicGrid);
      Array.prototype.forEach.call(form.querySelectorAll("[data-topic]"), noGap);
      var hint = document.getElementById("keyboard-hint");
      if (hint) hint.hidden = false;
    }
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
