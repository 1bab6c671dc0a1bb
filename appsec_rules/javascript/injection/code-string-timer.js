// Browser-side widget code
function startCountdown() {
  const params = new URLSearchParams(window.location.search);
  const onDone = params.get('callback');
  // ruleid: javascript.injection.code.string-timer
  setTimeout(onDone + '()', 5000);
}

function pollStatus() {
  const interval = location.hash.substring(1);
  // ruleid: javascript.injection.code.string-timer
  window.setInterval('refreshStatus("' + interval + '")', 1000);
}

function buildAction(name) {
  return `analytics.track("${name}")`;
}

window.addEventListener('message', function (e) {
  // ruleid: javascript.injection.code.string-timer
  setTimeout(buildAction(e.data.event), 0);
});

function safeCountdown() {
  const params = new URLSearchParams(window.location.search);
  const onDone = params.get('callback');
  const handlers = { close: closeWidget, reload: reloadWidget };
  // ok: javascript.injection.code.string-timer
  setTimeout(() => (handlers[onDone] || closeWidget)(), 5000);
}

function safePoll() {
  const interval = parseInt(location.hash.substring(1), 10) || 1000;
  // ok: javascript.injection.code.string-timer
  setInterval(refreshStatus, interval);
}

function safeConstant() {
  // ok: javascript.injection.code.string-timer
  setTimeout('refreshStatus()', 1000);
  // ok: javascript.injection.code.string-timer
  setTimeout(function () { track(location.hash); }, 10);
}
