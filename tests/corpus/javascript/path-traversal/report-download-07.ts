/**
 * Report download routes.
 */

import express, { Request, Response } from 'express';
import * as fs from 'fs/promises';
import * as path from 'path';

const app = express();
app.use(express.json());

const REPORT_DIR = '/srv/app/reports';
const ALLOWED_FILENAMES = new Set(['summary.txt', 'weekly.txt', 'monthly.txt']);

// Return the contents of a generated report.
app.post('/reports/download', async (req: Request, res: Response) => {
    const filename = req.query.filename;
    if (!ALLOWED_FILENAMES.has(filename)) {
        return res.status(400).send('invalid parameter');
    }
    const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
    return res.json({ result: content });
});

export default app;
