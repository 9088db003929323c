// The app's service worker. After one visit every page, locale, data file and bundle of the
// release build is on the device, so the app opens and works offline in every language.
//
// Built by scripts/service-worker.mjs: esbuild bundles the Workbox modules in, then
// workbox-build replaces self.__WB_MANIFEST with the list of files it finds in dist/ (URL and
// content hash), so no file list is kept by hand. A deploy that changes any file changes that
// list, hence this script, and the browser installs the new worker beside the old one.
//
// Updates wait: the new worker takes over only when the page asks (the user pressed "Reload"
// in the update notice, src/ui/service_worker.rs), so a page never runs half old, half new
// code, and the reload goes through the page's own save-on-leave. A release that fails to
// start is replaced without the app: its loader asks the waiting release to take over.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

precacheAndRoute(self.__WB_MANIFEST, {
  // Every page is a static file; `?lang=` and the embed's options are read by the app.
  ignoreURLParametersMatching: [/.*/],
  // Each route is a folder with an index.html. Links say `/stay`; static hosts answer it with
  // `/stay/` (or its index.html directly), so both spellings find the cached page.
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url.origin)],
});
cleanupOutdatedCaches();

// A page address the build does not have: online the host answers (usually its 404 page);
// offline the app's own "page not found" page, in the reader's language.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await matchPrecache('/404.html')) ?? Response.error();
});

// The first install serves the page that installed it at once (its later data and language
// fetches work offline too). Later versions wait for SKIP_WAITING: from the update notice, or
// from the page's loader when the running release fails to start (src/bin/route_pages/start_app.js).
clientsClaim();
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});
