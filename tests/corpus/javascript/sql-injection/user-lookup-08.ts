/**
 * User directory routes.
 */

import express, { Request, Response } from 'express';
import db from './db';

const app = express();
app.use(express.json());

// Look up a user account by username.
app.post('/users/lookup', async (req: Request, res: Response) => {
    let username = 'alice';
    const override = req.body.username;
    if (override) {
        username = override;
    }
    const [rows] = await db.query("SELECT id, email FROM users WHERE username = '" + username + "'");
    return res.json({ result: rows });
});

export default app;
