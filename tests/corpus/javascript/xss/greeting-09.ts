/**
 * Landing page routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

// Render a personalised greeting.
app.get('/greet', async (req: Request, res: Response) => {
    let name = 'Guest';
    const override = req.body.name;
    if (override) {
        name = override;
    }
    return res.send('<h1>Hello, ' + name + '!</h1>');
});

export default app;
