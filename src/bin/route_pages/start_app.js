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
