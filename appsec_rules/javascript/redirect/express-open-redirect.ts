import express, { Request, Response } from 'express';
import http from 'http';

const app = express();
const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);

app.post('/login', async (req: Request, res: Response) => {
  await authenticate(req);
  const next = (req.query.next as string) || '/';
  // ruleid: javascript.redirect.open.express-redirect
  res.redirect(next);
});

app.get('/out', (req: Request, res: Response) => {
  // ruleid: javascript.redirect.open.express-redirect
  res.redirect(301, `${req.query.target}`);
});

function returnUrl(candidate: unknown, fallback?: string): string {
  return String(candidate || fallback || '/');
}

app.post('/logout', (req: Request, res: Response) => {
  const url = returnUrl(req.body.returnTo, req.get('Referer'));
  // ruleid: javascript.redirect.open.express-redirect
  res.location(url).status(303).end();
});

http.createServer((req, res) => {
  const target = new URL(req.url ?? '/', 'http://localhost').searchParams.get('to');
  // ruleid: javascript.redirect.open.express-redirect
  res.writeHead(302, { Location: target ?? '/' });
  res.end();
});

app.post('/safe/login', (req: Request, res: Response) => {
  const next = String(req.query.next || '/');
  const target = new URL(next, 'https://app.example.com');
  if (!ALLOWED_HOSTS.has(target.hostname)) {
    return res.redirect('/');
  }
  // ok: javascript.redirect.open.express-redirect
  res.redirect(target.toString());
});

app.get('/safe/search', (req: Request, res: Response) => {
  // ok: javascript.redirect.open.express-redirect
  res.redirect('/search?q=' + encodeURIComponent(String(req.query.q)));
});

app.get('/safe/docs/:page', (req: Request, res: Response) => {
  // ok: javascript.redirect.open.express-redirect
  res.redirect(`https://docs.example.com/${req.params.page}`);
});

app.get('/safe/home', (_req: Request, res: Response) => {
  // ok: javascript.redirect.open.express-redirect
  res.redirect('/dashboard');
});

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
  // ruleid: javascript.redirect.open.express-redirect
  res.redirect(value);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.redirect.open.express-redirect
  res.redirect(value);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.redirect.open.express-redirect
    res.redirect(value);
  } else {
    // ruleid: javascript.redirect.open.express-redirect
    res.redirect(value);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.redirect.open.express-redirect
  res.redirect(value);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.redirect.open.express-redirect
  res.redirect(value);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.redirect.open.express-redirect
  res.redirect(value);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.redirect.open.express-redirect
  res.redirect(value);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.redirect.open.express-redirect
  res.redirect(value);
});
