import { createServer, type Server } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from './handlers';

// The same handlers behind a plain HTTP server: a stand-in for a real backend with the same
// contract, for builds made with VITE_API_BASE_URL (and the browser test that checks them).
export function createMockApiServer(): Server {
  return createServer(async (req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Accept' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const request = new Request(new URL(req.url ?? '/', origin), { method: req.method });
    const response = await getResponse(handlers, request, { baseUrl: origin });
    if (!response) {
      res
        .writeHead(404, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'not_found', message: `No endpoint at ${req.url}` } }));
      return;
    }
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  const port = Number(process.env.PORT ?? 8787);
  createMockApiServer().listen(port, '127.0.0.1', () => {
    console.log(`Mock API with the dashboard's contract on http://127.0.0.1:${port}/api/deals`);
  });
}
