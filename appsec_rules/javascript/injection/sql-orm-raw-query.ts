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
