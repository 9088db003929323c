/*
 * Japan Care Planner: embeddable cost estimator.
 *
 * A schedule listed on the planner's host:
 *   <script src="https://YOUR-PLANNER-HOST/embed.js" data-schedule="example-second-opinion"
 *           data-lang="ja" data-accent="1a4d8f" async></script>
 * The hospital's own schedule file, on the hospital's own site:
 *   <script src="https://YOUR-PLANNER-HOST/embed.js" data-schedule-src="/fees/our-fees.json"
 *           data-lang="ja" async></script>
 * The schedule inline, right before the snippet (used by that snippet only):
 *   <script type="application/json" data-japan-care-planner-schedule>{ ... }</script>
 *   <script src="https://YOUR-PLANNER-HOST/embed.js" data-lang="ja" async></script>
 *
 * Inserts an iframe of /embed/estimate where the script tag stands and keeps its height equal
 * to the estimator's content, so the host page never shows a second scrollbar. A schedule of
 * the hospital's own is read here, in the hospital's page (its own file is same-origin; a file
 * elsewhere only where that server's CORS allows), and handed to the iframe once it says it
 * is ready. Messages are accepted only from the planner's own origin and that iframe, and
 * sent only to the planner's origin; the iframe sends only to this page's origin.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var planner = new URL(script.src, document.baseURI).origin;
  var data = script.dataset;
  // An inline schedule belongs to the snippet right after it, and only to a snippet that
  // names no schedule: another embed on the same page must never show its fees.
  var before = script.previousElementSibling;
  var inline = before && before.matches('script[data-japan-care-planner-schedule]') ? before : null;
  var ownSchedule = null;
  if (data.scheduleSrc) {
    ownSchedule = function () {
      return fetch(new URL(data.scheduleSrc, document.baseURI).href, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(data.scheduleSrc + ': HTTP ' + response.status);
        return response.text();
      });
    };
  } else if (inline && !data.schedule) {
    ownSchedule = function () {
      return Promise.resolve(inline.textContent);
    };
  }

  var url = new URL('/embed/estimate', planner);
  if (ownSchedule) url.searchParams.set('schedule-from', 'host');
  else if (data.schedule) url.searchParams.set('schedule', data.schedule);
  url.searchParams.set('lang', data.lang || document.documentElement.lang || 'en');
  if (data.accent) url.searchParams.set('accent', data.accent.replace(/^#/, ''));
  url.searchParams.set('origin', window.location.origin);

  var frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = data.title || 'Cost estimator';
  frame.style.cssText = 'display:block;width:100%;min-height:24rem;border:0;overflow:hidden';
  frame.setAttribute('scrolling', 'no');
  script.parentNode.insertBefore(frame, script);

  function send(message) {
    frame.contentWindow.postMessage(message, planner);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== planner || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message) return;
    if (message.type === 'japan-care-planner:height') {
      var height = Number(message.height);
      if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + 'px';
    } else if (message.type === 'japan-care-planner:ready' && ownSchedule) {
      ownSchedule().then(
        function (text) {
          send({ type: 'japan-care-planner:schedule', schedule: text });
        },
        function (error) {
          send({ type: 'japan-care-planner:schedule-error', reason: String(error && error.message || error) });
        }
      );
    }
  });
})();
