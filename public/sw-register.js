// Registers the service worker that keeps the whole app offline (not in sandboxed widgets or
// from file://, where there is no service worker).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
