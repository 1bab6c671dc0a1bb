const express = require('express');
const mongoose = require('mongoose');
const bcrypt = require('bcrypt');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ username: String, password: String, resetToken: String }));
const client = new MongoClient(process.env.MONGO_URL);

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // ruleid: javascript.injection.nosql.operator-injection
  const user = await User.findOne({ username: username, password: password });
  if (!user) return res.status(401).end();
  res.json({ id: user.id });
});

app.get('/orders', async (req, res) => {
  const filter = { customer: req.query.customer };
  if (req.query.status) filter.status = req.query.status;
  // ruleid: javascript.injection.nosql.operator-injection
  const orders = await client.db('shop').collection('orders').find(filter).toArray();
  res.json(orders);
});

function tokenFilter(token) {
  return { resetToken: token, expires: { $gt: new Date() } };
}

app.post('/password/reset', async function (req, res) {
  // ruleid: javascript.injection.nosql.operator-injection
  const user = await User.findOneAndUpdate(tokenFilter(req.body.token), { resetToken: null });
  res.json({ ok: Boolean(user) });
});

app.get('/profile', async (req, res) => {
  // ruleid: javascript.injection.nosql.operator-injection
  await User.deleteMany({ session: req.cookies.sid });
  res.end();
});

app.post('/safe/login', async (req, res) => {
  // ok: javascript.injection.nosql.operator-injection
  const user = await User.findOne({ username: String(req.body.username) });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.password))) return res.status(401).end();
  res.json({ id: user.id });
});

app.get('/safe/orders', async (req, res) => {
  // ok: javascript.injection.nosql.operator-injection
  const orders = await client.db('shop').collection('orders').find({ customer: { $eq: req.query.customer } }).toArray();
  res.json(orders);
});

app.get('/safe/items', async (req, res) => {
  const items = [{ sku: 'a1' }, { sku: 'b2' }];
  // ok: javascript.injection.nosql.operator-injection
  const item = items.find((i) => i.sku === req.query.sku);
  res.json(item);
});

app.get('/safe/user/:name', async (req, res) => {
  // ok: javascript.injection.nosql.operator-injection
  const user = await User.findOne({ username: req.params.name });
  res.json(user);
});

app.post('/safe/reset', async (req, res) => {
  const token = req.body.token;
  if (typeof token !== 'string') return res.status(400).end();
  // ok: javascript.injection.nosql.operator-injection
  const user = await User.findOne({ resetToken: token.toString() });
  res.json({ ok: Boolean(user) });
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
  // ruleid: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.nosql.operator-injection
    await User.findOne({ username: value });
  } else {
    // ruleid: javascript.injection.nosql.operator-injection
    await User.findOne({ username: value });
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.nosql.operator-injection
  await User.findOne({ username: value });
});
