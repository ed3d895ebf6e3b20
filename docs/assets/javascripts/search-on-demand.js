/* Load the search index when search is first used, not with every page.
 *
 * Material's bundle requests search/search_index.json (well over a megabyte) as soon as a
 * page opens. This script runs before the bundle and holds that one request back until
 * the reader opens search: focus in the search box, or the search toggle (click, or the
 * keyboard shortcut) switching on. Every other request passes through untouched. From
 * file:// Material reads search_index.js instead and already waits for the toggle.
 */
(function () {
  "use strict";
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var INDEX = /(^|\/)search\/search_index\.json(\?|#|$)/;
  var wanted = false;
  var held = [];

  function release() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (run) { run(); });
  }

  proto.open = function (method, url) {
    this.__playbookIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  proto.send = function () {
    if (!this.__playbookIndex || wanted) return send.apply(this, arguments);
    var request = this;
    var args = arguments;
    held.push(function () { send.apply(request, args); });
  };

  function isSearch(target, selector) {
    return target instanceof Element && target.matches(selector);
  }
  document.addEventListener("focusin", function (event) {
    if (isSearch(event.target, "[data-md-component=search-query]")) release();
  });
  document.addEventListener("change", function (event) {
    if (isSearch(event.target, "[data-md-toggle=search]") && event.target.checked) release();
  });
  /* A pointer on its way to the search box starts the download a moment early. */
  document.addEventListener("pointerover", function (event) {
    if (event.target instanceof Element && event.target.closest(".md-search, label[for=__search]"))
      release();
  });
})();
