// The article page without JavaScript works through anchors (#c3 <-> #panel-c3); this only makes selection two-way:
// selecting a panel item highlights every piece of its span and scrolls to it; selecting a span selects its item.
(function () {
  "use strict";
  var view = document.querySelector(".article-view");
  if (!view) { return; }
  var text = view.querySelector(".article-text");
  var panels = view.querySelector(".panels");

  function piecesOf(group) {
    return text.querySelectorAll('[data-group="' + CSS.escape(group) + '"]');
  }

  function select(group, scrollTo) {
    view.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
    var item = document.getElementById("panel-" + group);
    var pieces = piecesOf(group);
    pieces.forEach(function (e) { e.classList.add("selected"); });
    if (item) {
      item.classList.add("selected");
      item.setAttribute("aria-current", "true");
    }
    if (scrollTo === "text" && pieces.length) {
      pieces[0].scrollIntoView({ block: "center", behavior: "smooth" });
    } else if (scrollTo === "panel" && item) {
      item.scrollIntoView({ block: "nearest", behavior: "smooth" });
      item.focus({ preventScroll: true });
    }
    if (history.replaceState) { history.replaceState(null, "", "#panel-" + group); }
  }

  panels.addEventListener("click", function (event) {
    var item = event.target.closest(".item[data-item]");
    if (!item) { return; }
    var link = event.target.closest("a");
    // Links to other pages (actor, measure) and to another panel item keep their normal behaviour.
    if (link && !link.classList.contains("jump")) {
      var target = link.getAttribute("href") || "";
      if (target.indexOf("#m") === 0) { event.preventDefault(); mention(target.slice(1)); return; }
      if (target.indexOf("#panel-") === 0) { event.preventDefault(); select(target.slice(7), "panel"); }
      return;
    }
    event.preventDefault();
    select(item.getAttribute("data-item"), "text");
  });

  panels.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") { return; }
    var item = event.target;
    if (!item.matches || !item.matches(".item[data-item]")) { return; }
    event.preventDefault();
    select(item.getAttribute("data-item"), "text");
  });

  function mention(id) {
    var piece = document.getElementById(id);
    if (!piece) { return; }
    select(piece.getAttribute("data-group"), "panel");
    piece.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  text.addEventListener("click", function (event) {
    var piece = event.target.closest("[data-group]");
    if (!piece) { return; }
    event.preventDefault();
    select(piece.getAttribute("data-group"), "panel");
  });

  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash) {
    var group = hash.indexOf("panel-") === 0 ? hash.slice(6) : null;
    var piece = group ? null : document.getElementById(hash);
    if (piece && piece.hasAttribute("data-group")) { group = piece.getAttribute("data-group"); }
    if (group && document.getElementById("panel-" + group)) { select(group, "text"); }
  }
})();
