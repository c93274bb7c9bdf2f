import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as pollInterval } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { freePort } from './harness.mjs';

// The conformance check as CI runs it: `npm run check-api` against the built stand-in backend
// (dist-server, from "npm run build:mock-api"), then against the same backend started with a fault.

const SERVER = 'dist-server/http-server.js';

function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** `node dist-server/http-server.js` on a port of our own; resolves once it answers. */
async function startMockApi(env = {}) {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run "npm run build:mock-api" first`);
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  // Until it prints that it listens (or exits): a condition, polled, bounded by the deadline.
  while (!output.includes(url)) {
    if (child.exitCode !== null) throw new Error(`the mock API exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the mock API did not start within 15 s:\n${output}`);
    await pollInterval(50);
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        // The PID we started: the server itself, not a shell or npm in front of it.
        process.kill(child.pid, 'SIGTERM');
      }),
  };
}

const checkApi = (...args) => run(['mocks/contract/run-check-api.mjs', ...args]);

describe('npm run check-api against the stand-in backend', () => {
  it('passes every case against npm run mock-api', async () => {
    const api = await startMockApi();
    try {
      const { code, output } = await checkApi('--base-url', api.url);
      assert.equal(code, 0, output);
      assert.match(
        output,
        /^deal: an unknown deal +GET +\/api\/deals\/no-such-deal +404 deal_not_found +404 deal_not_found +\d+ ms +PASS$/m,
      );
      assert.match(output, /^CORS: preflight from the app +OPTIONS .* PASS$/m);
      assert.match(output, /All \d+ cases pass\./);
      assert.doesNotMatch(output, /FAIL/);
    } finally {
      await api.stop();
    }
  });

  it('fails against a wrong backend, naming the case and the field', async () => {
    const api = await startMockApi({ MOCK_FAULT: 'malformed:deal' });
    try {
      assert.match(api.output(), /fault: malformed on deal \(MOCK_FAULT\)/);
      const { code, output } = await checkApi('--base-url', api.url);
      assert.equal(code, 1, output);
      assert.match(
        output,
        /^deal: the examples +GET +\/api\/deals\/alibaba-sina-weibo-2013 +200 Deal +200, not a Deal +\d+ ms +FAIL$/m,
      );
      assert.match(output, /^ {4}-> terms\.consideration\.value: Invalid type: Expected number but received "450"$/m);
      // The fault answers every request to the deal endpoint alike: its query cases (events=, an
      // unknown parameter) fail too.
      assert.match(output, /6 of \d+ cases FAIL\./);
    } finally {
      await api.stop();
    }
  });

  it("fails when the app's origin is not allowed by CORS", async () => {
    const api = await startMockApi({ CORS_ORIGINS: 'https://deals.example.com' });
    try {
      const { code, output } = await checkApi('--base-url', api.url, '--origin', 'http://127.0.0.1:4173');
      assert.equal(code, 1, output);
      assert.match(output, /^CORS: GET from the app .* FAIL$/m);
      assert.match(
        output,
        /Access-Control-Allow-Origin is missing: a browser at http:\/\/127\.0\.0\.1:4173 may not read/,
      );
    } finally {
      await api.stop();
    }
  });

  it('exits 2 with a clear message when nothing answers', async () => {
    const port = await freePort();
    const { code, output } = await checkApi('--base-url', `http://127.0.0.1:${port}`);
    assert.equal(code, 2, output);
    assert.match(output, new RegExp(`Cannot reach http://127\\.0\\.0\\.1:${port}: ECONNREFUSED`));
    assert.match(output, /npm run mock-api/);
  });

  it('refuses a fault it does not know, listing the ones it does', async () => {
    const { code, output } = await run([SERVER], { MOCK_FAULT: 'nonsense', PORT: String(await freePort()) });
    assert.equal(code, 1);
    assert.match(
      output,
      /MOCK_FAULT: "nonsense" is not a fault scenario\. Use slow, error, malformed, offline or empty/,
    );
  });
});
