/**
 * Landing page routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

// Render a personalised greeting.
app.get('/greet', async (req: Request, res: Response) => {
    if (false) {
        const name = req.body.name;
        return res.send('<h1>Hello, ' + name + '!</h1>');
    }
    return res.json({ result: 'disabled' });
});

export default app;
