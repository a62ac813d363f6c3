import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Document = {
  paths?: Record<string, Record<string, { tags?: string[] }>>;
  components?: { schemas?: Record<string, unknown> };
  tags?: { name: string; description?: string }[];
};
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;

/**
 * The finished document: zod's named schemas added, every tag an operation uses declared, and
 * only the component schemas some operation reaches kept (zod registers an input and an output
 * copy of each named schema; most inputs are never referenced), sorted by name.
 */
export const openapiDocument: TransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Document;
  const tags = new Set<string>();
  for (const ops of Object.values(document.paths ?? {})) {
    for (const op of Object.values(ops)) for (const tag of op.tags ?? []) tags.add(tag);
  }
  document.tags = [...tags].sort().map((name) => ({ name, description: `Operations on ${name}` }));
  const schemas = document.components?.schemas ?? {};
  const used = reachable(document.paths, schemas);
  // By name: the order modules happen to load in must not reorder the document (or its types).
  if (document.components)
    document.components.schemas = Object.fromEntries(
      Object.entries(schemas)
        .filter(([name]) => used.has(name))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  return document as ReturnType<TransformObject>;
};

/** Names of the component schemas `root` refers to, directly or through other schemas. */
function reachable(root: unknown, schemas: Record<string, unknown>): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/components/schemas/', '');
        if (!seen.has(name)) {
          seen.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(root);
  return seen;
}
