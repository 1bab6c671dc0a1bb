import express, { NextFunction, Request, Response } from 'express';
import http from 'http';

const app = express();
const TRUSTED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use((req: Request, res: Response, next: NextFunction) => {
  // ruleid: javascript.cors.permissive.reflected-origin-header
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.get('/api/account', (req: Request, res: Response) => {
  const origin = req.get('Origin');
  res.set('Access-Control-Allow-Credentials', 'true');
  // ruleid: javascript.cors.permissive.reflected-origin-header
  res.set('Access-Control-Allow-Origin', origin);
  res.json({ email: 'user@example.com' });
});

http.createServer((req, res) => {
  const origin = String(req.headers.origin);
  res.writeHead(200, {
    // ruleid: javascript.cors.permissive.reflected-origin-header
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
  });
  res.end('{}');
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin;
  if (origin && TRUSTED_ORIGINS.has(origin)) {
    // ok: javascript.cors.permissive.reflected-origin-header
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.get('/public/status', (req: Request, res: Response) => {
  // ok: javascript.cors.permissive.reflected-origin-header
  res.set('Access-Control-Allow-Origin', req.get('Origin') ?? '*');
  res.json({ status: 'ok' });
});

app.get('/api/profile', (req: Request, res: Response) => {
  // ok: javascript.cors.permissive.reflected-origin-header
  res.set('Access-Control-Allow-Origin', 'https://app.example.com');
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({ name: 'user' });
});
