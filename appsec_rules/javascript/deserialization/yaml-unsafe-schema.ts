import fs from 'fs';
import yaml from 'js-yaml';
import { Request, Response, Router } from 'express';

const types = require('js-yaml-js-types').all;
const router = Router();

router.post('/pipelines', (req: Request, res: Response) => {
  // ruleid: javascript.deserialization.yaml.unsafe-schema
  const pipeline = yaml.load(req.body.definition, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(pipeline);
});

export function loadPlugins(file: string): unknown[] {
  const text = fs.readFileSync(file, 'utf8');
  // ruleid: javascript.deserialization.yaml.unsafe-schema
  return yaml.loadAll(text, undefined, { schema: yaml.DEFAULT_SCHEMA.extend(types), filename: file });
}

const richSchema = yaml.DEFAULT_SCHEMA.extend(require('js-yaml-js-types').all);
export function parseRecipe(source: string): unknown {
  // ruleid: javascript.deserialization.yaml.unsafe-schema
  return yaml.load(source, { schema: richSchema });
}

router.post('/safe/pipelines', (req: Request, res: Response) => {
  // ok: javascript.deserialization.yaml.unsafe-schema
  const pipeline = yaml.load(req.body.definition);
  res.json(pipeline);
});

export function safeLoadConfig(file: string): unknown {
  // ok: javascript.deserialization.yaml.unsafe-schema
  return yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA });
}

export function builtinDefaults(): unknown {
  // ok: javascript.deserialization.yaml.unsafe-schema
  return yaml.load('retries: 3\ntimeout: 30', { schema: yaml.DEFAULT_FULL_SCHEMA });
}

export function safeParseRecipe(source: string): unknown {
  const schema = yaml.CORE_SCHEMA;
  // ok: javascript.deserialization.yaml.unsafe-schema
  return yaml.load(source, { schema });
}

export default router;
