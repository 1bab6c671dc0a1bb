const express = require('express');
const crypto = require('crypto');

const app = express();
const isProd = process.env.NODE_ENV === 'production';

app.post('/login', async (req, res) => {
  const session = await createSession(req.body.username, req.body.password);
  // ruleid: javascript.cookie.insecure.express-cookie-flags
  res.cookie('sid', session.id);
  res.redirect('/');
});

app.post('/remember-me', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  // ruleid: javascript.cookie.insecure.express-cookie-flags
  res.cookie('remember_token', token, { maxAge: 30 * 24 * 3600 * 1000, httpOnly: true, sameSite: 'lax' });
  res.sendStatus(204);
});

app.get('/sso/callback', function (req, res) {
  // ruleid: javascript.cookie.insecure.express-cookie-flags
  res.cookie('access_token', req.query.token, {
    secure: true,
    httpOnly: false,
    sameSite: 'strict',
  });
  res.redirect('/app');
});

app.get('/dev-login', (req, res) => {
  // ruleid: javascript.cookie.insecure.express-cookie-flags
  res.cookie('sid', 'dev-session', { secure: false, httpOnly: true });
  res.redirect('/');
});

app.post('/safe/login', async (req, res) => {
  const session = await createSession(req.body.username, req.body.password);
  // ok: javascript.cookie.insecure.express-cookie-flags
  res.cookie('sid', session.id, { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600 * 1000 });
  res.redirect('/');
});

app.get('/safe/csrf', (req, res) => {
  const token = crypto.randomBytes(16).toString('hex');
  // ok: javascript.cookie.insecure.express-cookie-flags
  res.cookie('XSRF-TOKEN', token, { secure: true, httpOnly: false, sameSite: 'strict' });
  res.json({ ok: true });
});

app.get('/safe/env', (req, res) => {
  // ok: javascript.cookie.insecure.express-cookie-flags
  res.cookie('sid', req.signedCookies.sid, { secure: isProd, httpOnly: true, sameSite: 'lax' });
  res.end();
});

const REMEMBER_COOKIE = { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 };
const SESSION_COOKIE = { secure: true, httpOnly: true, sameSite: 'lax' };
const LEGACY_COOKIE = false;

app.post('/remember', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  // the shared options object has no `secure`
  // ruleid: javascript.cookie.insecure.express-cookie-flags
  res.cookie('remember_token', token, REMEMBER_COOKIE);
  res.json({ ok: true });
});

app.post('/safe/remember', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  // ok: javascript.cookie.insecure.express-cookie-flags
  res.cookie('remember_token', token, SESSION_COOKIE);
  if (LEGACY_COOKIE && false) {
    // ok: javascript.cookie.insecure.express-cookie-flags
    res.cookie('remember_token', token);
  }
  res.json({ ok: true });
});

async function createSession(username, password) {
  return { id: crypto.randomUUID(), username, password: undefined };
}
