import { describe, expect, it, vi } from 'vitest';
import { ApiUnavailableError, type Transport } from '../src/lib/api-client';
import { mockMode, prerenderedTransport, workerTransport, type WorkerStart } from './start';

const FILES = { '/api/deals/x': '/mock-api/deals_x-1234abcd.json' };

/** A network that records what it was asked for and answers 200. */
function recordingNetwork() {
  const asked: string[] = [];
  const network: Transport = async (path) => {
    asked.push(path);
    return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
  };
  return { asked, network };
}

describe('mockMode: how a page without a real API gets its answers', () => {
  it('answers a built page from the prerendered files', () => {
    expect(mockMode({ dev: false, search: '', files: FILES })).toEqual({ kind: 'prerendered' });
    expect(mockMode({ dev: false, search: '?theme=dark', files: FILES })).toEqual({ kind: 'prerendered' });
  });

  it('runs the live worker with the fault scenario of ?mock=', () => {
    expect(mockMode({ dev: false, search: '?mock=error:metrics', files: FILES })).toEqual({
      kind: 'worker',
      scenario: 'error:metrics',
    });
  });

  it('runs the live worker in development and when nothing was prerendered', () => {
    expect(mockMode({ dev: true, search: '', files: FILES })).toEqual({ kind: 'worker', scenario: null });
    expect(mockMode({ dev: false, search: '', files: {} })).toEqual({ kind: 'worker', scenario: null });
  });
});

describe('prerenderedTransport', () => {
  it('answers a prerendered path from its file, without starting the worker', async () => {
    const { asked, network } = recordingNetwork();
    const startLive = vi.fn(() => Promise.resolve<WorkerStart>({ ok: true }));
    const transport = prerenderedTransport(FILES, startLive, network);
    expect((await transport('/api/deals/x', {})).status).toBe(200);
    expect(asked).toEqual(['/mock-api/deals_x-1234abcd.json']);
    expect(startLive).not.toHaveBeenCalled();
  });

  it('asks the network for anything else only once the live worker listens', async () => {
    const { asked, network } = recordingNetwork();
    let listen = () => {};
    const listening = new Promise<WorkerStart>((resolve) => (listen = () => resolve({ ok: true })));
    const transport = prerenderedTransport(FILES, () => listening, network);
    const answer = transport('/api/deals/x/events?kinds=denial', {});
    await Promise.resolve();
    expect(asked).toEqual([]);
    listen();
    await answer;
    expect(asked).toEqual(['/api/deals/x/events?kinds=denial']);
  });

  it('hands the caller’s signal on, so a cancelled query stops its request', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const network: Transport = async (_path, { signal }) => {
      signals.push(signal);
      return new Response('{}');
    };
    const controller = new AbortController();
    await prerenderedTransport(
      FILES,
      () => Promise.resolve({ ok: true }),
      network,
    )('/api/deals/x', { signal: controller.signal });
    expect(signals).toEqual([controller.signal]);
  });

  it('reports a path it has no file for as the stand-in not starting when the worker cannot, and the server has no API', async () => {
    const page = async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
    const blocked = () => Promise.resolve<WorkerStart>({ ok: false, reason: 'SecurityError: denied' });
    const transport = prerenderedTransport(FILES, blocked, page);
    await expect(transport('/api/deals/y', {})).rejects.toBeInstanceOf(ApiUnavailableError);
  });
});

describe('workerTransport', () => {
  it('holds every request until the worker has started', async () => {
    const { asked, network } = recordingNetwork();
    let start = () => {};
    const started = new Promise<WorkerStart>((resolve) => (start = () => resolve({ ok: true })));
    const transport = workerTransport(started, network);
    const answer = transport('/api/deals', {});
    await Promise.resolve();
    expect(asked).toEqual([]);
    start();
    await answer;
    expect(asked).toEqual(['/api/deals']);
  });

  const BLOCKED: WorkerStart = { ok: false, reason: 'SecurityError: Access is denied for this document.' };

  it('takes the server’s API answer when the worker could not start (the dev server answers the API)', async () => {
    const refusal = Response.json({ error: { code: 'deal_not_found', message: 'No deal.' } }, { status: 404 });
    const transport = workerTransport(Promise.resolve(BLOCKED), async () => refusal);
    expect((await transport('/api/deals/nope', {})).status).toBe(404);
  });

  it('reports a server that does not answer the API as the stand-in not starting, never as its 404', async () => {
    const page = new Response('<!doctype html>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    const transport = workerTransport(Promise.resolve(BLOCKED), async () => page);
    const failure = transport('/api/deals/alibaba-sina-weibo-2013', {});
    await expect(failure).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(failure).rejects.toThrow(
      'The mocked API could not start in this frame (SecurityError: Access is denied for this document.)',
    );
  });
});
