// Registers the service worker that keeps the whole app offline (not in sandboxed widgets or
// from file://, where there is no service worker). Only after the first chart is drawn:
// precaching the whole build (a few MB) must not compete with the first view.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  };
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('kz-iip:first-chart').length > 0) {
      observer.disconnect();
      setTimeout(register, 0);
    }
  }).observe({ type: 'mark', buffered: true });
  // Whatever happens to the app, the page still becomes available offline.
  setTimeout(register, 5000);
}
