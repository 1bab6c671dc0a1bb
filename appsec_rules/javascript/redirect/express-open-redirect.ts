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
