// whosays web app: tooltips for marks and "show only this speaker". No libraries.
"use strict";

(function () {
  let shown = null;

  function hideTip() {
    if (shown) {
      shown.tip.hidden = true;
      shown.owner.classList.remove("active");
      shown = null;
    }
  }

  function showTip(owner) {
    const tipId = owner.getAttribute("data-tip");
    const tip = tipId ? document.getElementById(tipId) : null;
    if (!tip) return;
    if (shown && shown.tip === tip && shown.owner === owner) return;
    hideTip();
    tip.hidden = false;
    const box = owner.getBoundingClientRect();
    const top = window.scrollY + box.bottom + 6;
    const maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    const left = Math.max(window.scrollX + 8, Math.min(window.scrollX + box.left, maxLeft));
    tip.style.top = top + "px";  // CSSOM assignment, allowed by the CSP (not an inline style attribute)
    tip.style.left = left + "px";
    owner.classList.add("active");
    shown = { tip: tip, owner: owner };
  }

  function markOf(target) {
    return target instanceof Element ? target.closest("[data-tip]") : null;
  }

  function setUpTips(root) {
    root.addEventListener("mouseover", function (event) {
      const owner = markOf(event.target);
      if (owner) showTip(owner);
    });
    root.addEventListener("mouseout", function (event) {
      const owner = markOf(event.target);
      if (owner && !owner.contains(event.relatedTarget) && document.activeElement !== owner) hideTip();
    });
    root.addEventListener("focusin", function (event) {
      const owner = markOf(event.target);
      if (owner) showTip(owner);
    });
    root.addEventListener("focusout", hideTip);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hideTip();
    });
  }

  function setUpSpeakerFilter(text) {
    const buttons = document.querySelectorAll(".speaker-toggle");
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        const on = button.getAttribute("aria-pressed") !== "true";
        buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
        text.querySelectorAll("mark.quote.selected").forEach(function (m) { m.classList.remove("selected"); });
        text.classList.toggle("filtering", on);
        if (!on) return;
        button.setAttribute("aria-pressed", "true");
        const speaker = button.getAttribute("data-speaker");
        text.querySelectorAll("mark.quote").forEach(function (m) {
          if (m.getAttribute("data-speaker") === speaker) m.classList.add("selected");
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const text = document.getElementById("article-text");
    if (text) {
      setUpTips(text);
      setUpSpeakerFilter(text);
    }
  });
})();
