/*
 * Japan Care Planner: embeddable cost estimator.
 *
 *   <script src="https://YOUR-PLANNER-HOST/embed.js" data-schedule="example-second-opinion"
 *           data-lang="ja" data-accent="1a4d8f" async></script>
 *
 * Inserts an iframe of /embed/estimate where the script tag stands and keeps its height equal
 * to the estimator's content, so the host page never shows a second scrollbar. Heights are
 * accepted only from the planner's own origin and that iframe; the iframe sends them only to
 * this page's origin.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var planner = new URL(script.src, document.baseURI).origin;
  var data = script.dataset;
  var url = new URL('/embed/estimate', planner);
  if (data.schedule) url.searchParams.set('schedule', data.schedule);
  url.searchParams.set('lang', data.lang || document.documentElement.lang || 'en');
  if (data.accent) url.searchParams.set('accent', data.accent.replace(/^#/, ''));
  url.searchParams.set('origin', window.location.origin);

  var frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = data.title || 'Cost estimator';
  frame.style.cssText = 'display:block;width:100%;min-height:24rem;border:0;overflow:hidden';
  frame.setAttribute('scrolling', 'no');
  script.parentNode.insertBefore(frame, script);

  window.addEventListener('message', function (event) {
    if (event.origin !== planner || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.type !== 'japan-care-planner:height') return;
    var height = Number(message.height);
    if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + 'px';
  });
})();
