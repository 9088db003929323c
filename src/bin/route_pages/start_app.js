// A release that fails to start cannot show its update notice, the only other way a fixed
// release waiting behind it takes over (service-worker/sw.js): so on an error before the app
// has started, or no start within a minute, the waiting (or next installed) release is asked
// to take over and the page reloads into it.
let settled = false;
const takeWaitingRelease = () => {
if (settled || !navigator.serviceWorker) return;
settled = true;
const take = (worker) => worker?.postMessage({ type: 'SKIP_WAITING' });
const whenInstalled = (worker) => worker?.addEventListener('statechange', () => worker.state === 'installed' && take(worker));
navigator.serviceWorker.getRegistration().then((registration) => {
if (!registration) return;
navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
take(registration.waiting);
whenInstalled(registration.installing);
registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
return registration.update();
}).catch(() => {});
};
addEventListener('error', takeWaitingRelease);
const stuck = setTimeout(takeWaitingRelease, 60000);
addEventListener('TrunkApplicationStarted', () => { settled = true; clearTimeout(stuck); }, { once: true });
await new Promise((drawn) => {
const start = () => setTimeout(drawn);
setTimeout(drawn, __LATEST_APP_START_MS__);
if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
return requestAnimationFrame(() => requestAnimationFrame(start));
}
new PerformanceObserver((list, observer) => {
if (list.getEntriesByName('first-contentful-paint').length > 0) {
observer.disconnect();
start();
}
}).observe({ type: 'paint', buffered: true });
});
const bindings = await import('__GLUE__');
const init = bindings.default;
