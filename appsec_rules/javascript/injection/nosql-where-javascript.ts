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
