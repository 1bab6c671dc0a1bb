import express, { Request, Response } from 'express';
import mongoose from 'mongoose';

const app = express();
const Product = mongoose.model('Product', new mongoose.Schema({ name: String, price: Number, owner: String }));

app.get('/products/cheaper', async (req: Request, res: Response) => {
  const max = req.query.max;
  // ruleid: javascript.injection.nosql.where-javascript
  const products = await Product.find({ $where: 'this.price < ' + max });
  res.json(products);
});

app.get('/products/by-owner', async (req: Request, res: Response) => {
  const owner = req.headers['x-owner'];
  const predicate = `this.owner == '${owner}'`;
  // ruleid: javascript.injection.nosql.where-javascript
  const products = await Product.find().$where(predicate);
  res.json(products);
});

function nameMatches(name: string): string {
  return "function () { return this.name.startsWith('" + name + "'); }";
}

app.post('/products/search', async (req: Request, res: Response) => {
  const products = await Product.aggregate([
    {
      $match: {
        // ruleid: javascript.injection.nosql.where-javascript
        $expr: { $function: { body: nameMatches(req.body.prefix), args: [], lang: 'js' } },
      },
    },
  ]);
  res.json(products);
});

app.get('/safe/cheaper', async (req: Request, res: Response) => {
  const max = Number(req.query.max);
  // ok: javascript.injection.nosql.where-javascript
  const products = await Product.find({ $where: 'this.price < ' + max });
  res.json(products);
});

app.get('/safe/by-owner', async (req: Request, res: Response) => {
  // ok: javascript.injection.nosql.where-javascript
  const products = await Product.find({ owner: { $eq: String(req.headers['x-owner']) } });
  res.json(products);
});

app.get('/safe/discounted', async (_req: Request, res: Response) => {
  // ok: javascript.injection.nosql.where-javascript
  const products = await Product.find({ $where: 'this.price < this.listPrice' });
  res.json(products);
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
  // ruleid: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.nosql.where-javascript
    await Product.find({ $where: 'this.price < ' + value });
  } else {
    // ruleid: javascript.injection.nosql.where-javascript
    await Product.find({ $where: 'this.price < ' + value });
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.nosql.where-javascript
  await Product.find({ $where: 'this.price < ' + value });
});
