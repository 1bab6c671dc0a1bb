import DOMPurify from 'dompurify';

export function showSearchTerm(): void {
  const params = new URLSearchParams(window.location.search);
  const term = params.get('q') ?? '';
  const banner = document.getElementById('banner') as HTMLElement;
  // ruleid: javascript.xss.dom.html-sink
  banner.innerHTML = `Results for <b>${term}</b>`;
}

export function renderTab(): void {
  const tab = decodeURIComponent(location.hash.slice(1));
  const nav = document.querySelector('nav') as HTMLElement;
  // ruleid: javascript.xss.dom.html-sink
  nav.insertAdjacentHTML('beforeend', '<li class="active">' + tab + '</li>');
}

function welcomeMarkup(name: string): string {
  return '<span class="user">' + name + '</span>';
}

export function greet(): void {
  // ruleid: javascript.xss.dom.html-sink
  document.write(welcomeMarkup(document.referrer));
}

window.addEventListener('message', (event: MessageEvent) => {
  const panel = document.getElementById('panel') as HTMLElement;
  // ruleid: javascript.xss.dom.html-sink
  panel.innerHTML = event.data.html;
});

export function legacyWidget(): void {
  const title = window.name;
  // ruleid: javascript.xss.dom.html-sink
  $('#title').html('<h2>' + title + '</h2>');
}

export function safeSearchTerm(): void {
  const term = new URLSearchParams(window.location.search).get('q') ?? '';
  const banner = document.getElementById('banner') as HTMLElement;
  // ok: javascript.xss.dom.html-sink
  banner.textContent = `Results for ${term}`;
}

export function safeTab(): void {
  const tab = decodeURIComponent(location.hash.slice(1));
  const nav = document.querySelector('nav') as HTMLElement;
  // ok: javascript.xss.dom.html-sink
  nav.insertAdjacentHTML('beforeend', DOMPurify.sanitize('<li class="active">' + tab + '</li>'));
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== 'https://app.example.com') {
    return;
  }
  const panel = document.getElementById('panel') as HTMLElement;
  // ok: javascript.xss.dom.html-sink
  panel.innerHTML = event.data.html;
});

export function staticMarkup(): void {
  const footer = document.getElementById('footer') as HTMLElement;
  // ok: javascript.xss.dom.html-sink
  footer.innerHTML = '<small>&copy; Example Inc.</small>';
}
