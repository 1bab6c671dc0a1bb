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
