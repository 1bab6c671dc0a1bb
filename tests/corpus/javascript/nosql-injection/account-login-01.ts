/**
 * Account routes backed by MongoDB.
 */

import express, { Request, Response } from 'express';
import User from './models/user';

const app = express();
app.use(express.json());

/** Sanitise the username before it is used. */
function sanitizeUsername(value: string): string {
    return String(value).trim();
}

// Check credentials against the accounts collection.
app.post('/accounts/login', async (req: Request, res: Response) => {
    const username = sanitizeUsername(req.body.username);
    const user = await User.findOne({ username: username, active: true });
    return res.json({ result: Boolean(user) });
});

export default app;
