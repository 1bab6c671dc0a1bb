/**
 * User directory routes.
 */

import express, { Request, Response } from 'express';
import db from './db';

const app = express();
app.use(express.json());

const ALLOWED_USERNAMES = new Set(['alice', 'bob', 'reporting']);

// Look up a user account by username.
app.post('/users/lookup', async (req: Request, res: Response) => {
    const username = req.query.username;
    if (!ALLOWED_USERNAMES.has(username)) {
        return res.status(400).send('invalid parameter');
    }
    const [rows] = await db.query("SELECT id, email FROM users WHERE username = '" + username + "'");
    return res.json({ result: rows });
});

export default app;
