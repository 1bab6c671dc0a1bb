// Client-side login / navigation helpers
function afterLogin() {
  const params = new URLSearchParams(window.location.search);
  const returnTo = params.get('returnTo') || '/';
  // ruleid: javascript.redirect.open.dom-location
  window.location.href = returnTo;
}

function jumpFromHash() {
  const target = decodeURIComponent(location.hash.substring(1));
  // ruleid: javascript.redirect.open.dom-location
  location.assign(target);
}

function popupUrl(raw) {
  return raw.startsWith('http') ? raw : 'https://' + raw;
}

window.addEventListener('message', function (e) {
  if (e.data.type === 'open') {
    // ruleid: javascript.redirect.open.dom-location
    window.open(popupUrl(e.data.url), '_blank');
  }
});

function backToReferrer() {
  // ruleid: javascript.redirect.open.dom-location
  location.replace(`${document.referrer}`);
}

const TRUSTED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

function safeAfterLogin() {
  const params = new URLSearchParams(window.location.search);
  const url = new URL(params.get('returnTo') || '/', window.location.origin);
  if (url.origin !== window.location.origin) {
    return;
  }
  // ok: javascript.redirect.open.dom-location
  window.location.href = url.href;
}

function safeJump() {
  const target = new URL(decodeURIComponent(location.hash.substring(1)), location.origin);
  if (!TRUSTED_ORIGINS.includes(target.origin)) return;
  // ok: javascript.redirect.open.dom-location
  location.assign(target.toString());
}

function safeSearch() {
  const q = new URLSearchParams(location.search).get('q') || '';
  // ok: javascript.redirect.open.dom-location
  location.href = '/search?q=' + encodeURIComponent(q);
}

function safeHelp() {
  const section = location.hash.slice(1);
  // ok: javascript.redirect.open.dom-location
  window.open(`https://docs.example.com/${section}`, '_blank', 'noopener');
}
