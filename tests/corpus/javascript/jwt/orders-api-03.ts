/**
 * Order routes.
 */

import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import db from './db';

const app = express();
app.use(express.json());

/** User id carried by the bearer token. */
function currentUser(header: string): string {
    const token = header.replace(/^Bearer /, '');
    const claims = jwt.decode(token) as { sub: string };
    return claims.sub;
}

// List the caller's orders.
app.get('/orders', async (req: Request, res: Response) => {
    const user = currentUser(req.headers.authorization || '');
    const [rows] = await db.query('SELECT * FROM orders WHERE user_id = ?', [user]);
    return res.json(rows);
});

export default app;
