const express = require('express');
const mysql = require('mysql2');
const { Pool } = require('pg');

const app = express();
const db = mysql.createConnection({ host: 'db', user: 'app', database: 'shop', password: process.env.DB_PASSWORD });
const pool = new Pool();

app.get('/users/:id', (req, res) => {
  const sql = "SELECT * FROM users WHERE id = '" + req.params.id + "'";
  // ruleid: javascript.injection.sql.tainted-query
  db.query(sql, (err, rows) => {
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

app.get('/search', async function (req, res) {
  const { term, sort } = req.query;
  // ruleid: javascript.injection.sql.tainted-query
  const result = await pool.query(`SELECT id, name FROM products WHERE name LIKE '%${term}%' ORDER BY ${sort}`);
  res.json(result.rows);
});

function buildOrderFilter(status) {
  return 'SELECT * FROM orders WHERE status = "' + status + '"';
}

async function listOrders(req, res) {
  const sql = buildOrderFilter(req.body.status);
  // ruleid: javascript.injection.sql.tainted-query
  const [rows] = await db.promise().execute(sql);
  res.json(rows);
}
app.post('/orders', listOrders);

app.post('/report', async (req, res) => {
  const client = await pool.connect();
  try {
    // ruleid: javascript.injection.sql.tainted-query
    const r = await client.query({ text: 'SELECT * FROM audit WHERE actor = ' + req.headers['x-actor'] });
    res.json(r.rows);
  } finally {
    client.release();
  }
});

app.get('/safe/users/:id', (req, res) => {
  // ok: javascript.injection.sql.tainted-query
  db.query('SELECT * FROM users WHERE id = ?', [req.params.id], (err, rows) => res.json(rows));
});

app.get('/safe/search', async (req, res) => {
  // ok: javascript.injection.sql.tainted-query
  const result = await pool.query({ text: 'SELECT * FROM products WHERE name = $1', values: [req.query.term] });
  res.json(result.rows);
});

app.get('/safe/page', async (req, res) => {
  const limit = parseInt(req.query.limit, 10);
  // ok: javascript.injection.sql.tainted-query
  const result = await pool.query('SELECT * FROM products LIMIT ' + limit);
  res.json(result.rows);
});

app.get('/safe/escape', (req, res) => {
  const name = db.escape(req.query.name);
  // ok: javascript.injection.sql.tainted-query
  db.query('SELECT * FROM users WHERE name = ' + name, (err, rows) => res.json(rows));
});

app.get('/safe/constant', async (req, res) => {
  const table = req.query.archived === 'true' ? 'orders_archive' : 'orders';
  // ok: javascript.injection.sql.tainted-query
  const result = await pool.query('SELECT count(*) FROM orders');
  res.json({ table, count: result.rows[0].count });
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
  // ruleid: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.sql.tainted-query
    await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
  } else {
    // ruleid: javascript.injection.sql.tainted-query
    await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.sql.tainted-query
  await pool.query("SELECT id FROM items WHERE name = '" + value + "'");
});
