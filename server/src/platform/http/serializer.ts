import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Responses are written by fast-json-stringify, compiled once per route from the zod response
 * schema. Like zod's own serializer it writes only the declared fields, so nothing leaks that a
 * schema does not name; unlike it, it does not re-validate and copy every response, which is
 * most of the cost of a list. Types already guarantee the shape at compile time.
 */
export const responseSerializer: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
  });
  // Routes share schemas (every route answers the same problem bodies, many the same pages):
  // one compiled function per distinct schema, not one per route and status, saves memory.
  const key = JSON.stringify(jsonSchema);
  let serialize = compiled.get(key);
  if (!serialize) {
    serialize = fastJson(jsonSchema as Parameters<typeof fastJson>[0]) as Serialize;
    compiled.set(key, serialize);
  }
  return serialize;
};

type Serialize = (data: unknown) => string;
const compiled = new Map<string, Serialize>();
