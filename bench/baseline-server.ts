/** The yardstick for bench/http.ts: bare Fastify answering a small JSON body, nothing else. */
import Fastify from 'fastify';

const app = Fastify();
app.get('/api/health', async () => ({ data: { status: 'ok' } }));
await app.listen({ port: Number(process.env.PORT ?? 8182), host: '127.0.0.1' });
