import Fastify from 'fastify';

/** The floor of the comparison: Fastify answering a small JSON body, no database, no auth. */
const app = Fastify();
app.get('/bare', async () => ({ items: [], nextCursor: null }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
console.log('ready');
