import express, { Request, Response } from 'express';
import axios from 'axios';
import got from 'got';
import https from 'https';

const app = express();
app.use(express.json());
const ALLOWED_HOSTS = new Set(['images.example-cdn.com', 'avatars.githubusercontent.com']);

app.get('/preview', async (req: Request, res: Response) => {
  const url = req.query.url as string;
  // ruleid: javascript.ssrf.request.tainted-url
  const page = await axios.get(url, { timeout: 3000 });
  res.json({ title: extractTitle(page.data) });
});

app.post('/webhooks/test', async (req: Request, res: Response) => {
  const { endpoint } = req.body;
  // ruleid: javascript.ssrf.request.tainted-url
  const r = await fetch(`${endpoint}/ping`, { method: 'POST', body: '{}' });
  res.json({ status: r.status });
});

function imageUrl(host: string, id: string): string {
  return 'https://' + host + '/img/' + id;
}

app.get('/proxy/image', async (req: Request, res: Response) => {
  const target = imageUrl(String(req.query.host), String(req.query.id));
  // ruleid: javascript.ssrf.request.tainted-url
  const body = await got(target).buffer();
  res.type('image/png').send(body);
});

app.get('/status', (req: Request, res: Response) => {
  const host = req.get('X-Upstream-Host');
  // ruleid: javascript.ssrf.request.tainted-url
  https.get({ hostname: host, path: '/health', port: 443 }, (up) => up.pipe(res));
});

app.get('/import', async (req: Request, res: Response) => {
  // ruleid: javascript.ssrf.request.tainted-url
  const { data } = await axios({ method: 'get', url: req.query.feed as string, responseType: 'text' });
  res.json({ size: data.length });
});

app.get('/safe/proxy/image', async (req: Request, res: Response) => {
  const target = new URL(String(req.query.url));
  if (!ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).end();
  }
  target.protocol = 'https:';
  // ok: javascript.ssrf.request.tainted-url
  const body = await got(target.toString()).buffer();
  res.type('image/png').send(body);
});

app.get('/safe/users/:id', async (req: Request, res: Response) => {
  // ok: javascript.ssrf.request.tainted-url
  const user = await axios.get(`https://api.example.com/users/${encodeURIComponent(req.params.id)}`);
  res.json(user.data);
});

app.post('/safe/webhooks/test', async (req: Request, res: Response) => {
  // ok: javascript.ssrf.request.tainted-url
  const r = await fetch('https://hooks.example.com/ping', { method: 'POST', body: JSON.stringify(req.body) });
  res.json({ status: r.status });
});

app.get('/safe/search', async (req: Request, res: Response) => {
  // ok: javascript.ssrf.request.tainted-url
  const r = await axios.get('https://search.example.com/v1/query', { params: { q: req.query.q } });
  res.json(r.data);
});

app.get('/safe/avatar', async (req: Request, res: Response) => {
  const avatar = new URL(String(req.query.src));
  if (avatar.protocol === 'https:' && ALLOWED_HOSTS.has(avatar.hostname)) {
    // ok: javascript.ssrf.request.tainted-url
    const img = await got(avatar.href).buffer();
    return res.type('image/png').send(img);
  }
  res.status(400).end();
});

function extractTitle(html: string): string {
  return /<title>(.*?)<\/title>/i.exec(html)?.[1] ?? '';
}

// --- helper parameters, dead code and allow-list guards ---
const fixtureApp = express();
const fixtureStore = { display: {}, privacy: {} };
const FIXTURE_DEBUG = false;
const FIXTURE_VALUE_RE = /^[a-z0-9-]{1,32}$/;
const FIXTURE_LOOSE_RE = /[a-z0-9-]+/;
const FIXTURE_ALLOWED = new Set(['alpha', 'beta']);
const FIXTURE_BY_KEY = new Map([['a', 'alpha'], ['b', 'beta']]);

// Vulnerable: the sink is in a helper; the route passes request data to it.
async function fixtureHelper(value, res) {
  // ruleid: javascript.ssrf.request.tainted-url
  await axios.get(value);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.ssrf.request.tainted-url
  await axios.get(value);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.ssrf.request.tainted-url
    await axios.get(value);
  } else {
    // ruleid: javascript.ssrf.request.tainted-url
    await axios.get(value);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.ssrf.request.tainted-url
  await axios.get(value);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.ssrf.request.tainted-url
  await axios.get(value);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.ssrf.request.tainted-url
  await axios.get(value);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.ssrf.request.tainted-url
  await axios.get(value);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.ssrf.request.tainted-url
  await axios.get(value);
});
