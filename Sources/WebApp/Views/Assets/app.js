// JointTraining's only script, served from the app itself (the Content-Security-Policy allows
// no inline script). Everything works without it; with it, the survey saves itself every 30 s,
// questions that do not apply are hidden, the submit button cannot be pressed twice, and the
// receipt's print button prints.
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

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("survey");
    if (form) {
      if (form.hasAttribute("data-autosave")) autosave(form);
      conditions(form);
      submitOnce(form);
    }
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
