import express, { Request, Response } from 'express';
import { QueryTypes, Sequelize } from 'sequelize';
import knexFactory from 'knex';
import { PrismaClient } from '@prisma/client';
import { AppDataSource } from './data-source';
import { User } from './entities/User';

const app = express();
const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const prisma = new PrismaClient();

app.get('/api/users', async (req: Request, res: Response) => {
  const role = req.query.role as string;
  // ruleid: javascript.injection.sql.orm-raw-query
  const users = await sequelize.query(`SELECT * FROM users WHERE role = '${role}'`, { type: QueryTypes.SELECT });
  res.json(users);
});

app.get('/api/products', async (req: Request, res: Response) => {
  const column = String(req.query.sort);
  // ruleid: javascript.injection.sql.orm-raw-query
  const rows = await knex('products').select('*').orderByRaw(column + ' DESC');
  res.json(rows);
});

function nameFilter(name: string): string {
  return "SELECT * FROM \"User\" WHERE name = '" + name + "'";
}

app.post('/api/lookup', async (req: Request, res: Response) => {
  const sql = nameFilter(req.body.name);
  // ruleid: javascript.injection.sql.orm-raw-query
  const rows = await prisma.$queryRawUnsafe(sql);
  res.json(rows);
});

app.get('/api/accounts', async (req: Request, res: Response) => {
  const rows = await AppDataSource.getRepository(User)
    .createQueryBuilder('u')
    // ruleid: javascript.injection.sql.orm-raw-query
    .where(`u.email = '${req.query.email}'`)
    .getMany();
  res.json(rows);
});

app.get('/api/stats', async (req: Request, res: Response) => {
  // ruleid: javascript.injection.sql.orm-raw-query
  const stats = await knex.raw('SELECT count(*) FROM events WHERE kind = ' + req.query.kind);
  res.json(stats.rows);
});

app.delete('/api/sessions/:user', async (req: Request, res: Response) => {
  // ruleid: javascript.injection.sql.orm-raw-query
  await AppDataSource.manager.query(`DELETE FROM sessions WHERE user_id = ${req.params.user}`);
  res.sendStatus(204);
});

app.get('/safe/users', async (req: Request, res: Response) => {
  // ok: javascript.injection.sql.orm-raw-query
  const users = await sequelize.query('SELECT * FROM users WHERE role = :role', {
    replacements: { role: req.query.role },
    type: QueryTypes.SELECT,
  });
  res.json(users);
});

app.get('/safe/stats', async (req: Request, res: Response) => {
  // ok: javascript.injection.sql.orm-raw-query
  const stats = await knex.raw('SELECT count(*) FROM events WHERE kind = ?', [req.query.kind as string]);
  res.json(stats.rows);
});

app.post('/safe/lookup', async (req: Request, res: Response) => {
  // ok: javascript.injection.sql.orm-raw-query
  const rows = await prisma.$queryRaw`SELECT * FROM "User" WHERE name = ${req.body.name}`;
  res.json(rows);
});

app.get('/safe/accounts', async (req: Request, res: Response) => {
  const rows = await AppDataSource.getRepository(User)
    .createQueryBuilder('u')
    // ok: javascript.injection.sql.orm-raw-query
    .where('u.email = :email', { email: req.query.email })
    .getMany();
  res.json(rows);
});

app.get('/safe/products', async (req: Request, res: Response) => {
  const allowed = new Set(['price', 'name']);
  const column = allowed.has(String(req.query.sort)) ? 'price' : 'name';
  // ok: javascript.injection.sql.orm-raw-query
  const rows = await knex('products').select('*').orderByRaw(column + ' DESC');
  res.json(rows);
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
  // ruleid: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.sql.orm-raw-query
    await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
  } else {
    // ruleid: javascript.injection.sql.orm-raw-query
    await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.sql.orm-raw-query
  await sequelize.query(`SELECT * FROM users WHERE role = '${value}'`);
});
