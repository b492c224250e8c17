// Malformed JSON-RPC over stdio: a well-framed message that is not valid JSON-RPC is answered with
// the protocol's error and the server keeps serving; broken framing cannot be resynchronised, so
// the server ends (and the client restarts it).
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { SERVER_BUNDLE } from './lsp-session.js';
import { ensureServerBuilt } from './server-bundle.js';

class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = '';
  readonly messages: Array<Record<string, unknown>> = [];
  stderr = '';
  constructor() {
    this.child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.child.stdout.on('data', (d: Buffer) => {
      this.buffer += d.toString('utf8');
      for (;;) {
        const m = /^Content-Length: (\d+)\r\n\r\n/.exec(this.buffer);
        if (!m) return;
        const len = Number(m[1]);
        const body = Buffer.from(this.buffer.slice(m[0].length), 'utf8');
        if (body.length < len) return;
        this.messages.push(JSON.parse(body.subarray(0, len).toString('utf8')) as Record<string, unknown>);
        this.buffer = body.subarray(len).toString('utf8');
      }
    });
  }
  sendRaw(body: string): void {
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }
  send(message: object): void {
    this.sendRaw(JSON.stringify(message));
  }
  async response(id: number | string | null, ms = 10000): Promise<Record<string, unknown>> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const m = this.messages.find((x) => x.id === id && ('result' in x || 'error' in x));
      if (m) return m;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no response for id ${String(id)}; stderr: ${this.stderr}`);
  }
}

describe('protocol: malformed JSON-RPC', function () {
  this.timeout(30_000);
  before(() => ensureServerBuilt());

  it('answers well-framed garbage with the protocol error and keeps serving', async () => {
    const srv = new RawServer();
    srv.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await srv.response(1);
    srv.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    srv.sendRaw('{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":');
    const parseError = await srv.response(null);
    assert.equal((parseError.error as { code: number }).code, -32700);
    srv.send({ id: 3, method: 'textDocument/hover' });
    assert.equal(((await srv.response(3)).error as { code: number }).code, -32600, 'not JSON-RPC 2.0: invalid request');
    srv.send({ jsonrpc: '2.0', id: 4, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nowhere.md' } } });
    assert.equal(((await srv.response(4)).error as { code: number }).code, -32602, 'missing position: invalid params');
    srv.send({ jsonrpc: '2.0', id: 5, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } } });
    assert.deepEqual((await srv.response(5)).result, null, 'still serving');
    srv.send({ jsonrpc: '2.0', id: 6, method: 'shutdown' });
    await srv.response(6);
    const exited = new Promise<number | null>((r) => srv.child.once('exit', (c) => r(c)));
    srv.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await exited, 0);
  });

  it('ends with an error when the framing is broken', async () => {
    const srv = new RawServer();
    srv.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await srv.response(1);
    const exited = new Promise<number | null>((r) => srv.child.once('exit', (c) => r(c)));
    srv.child.stdin.write('this is not a header\r\n\r\n{"jsonrpc":"2.0"}');
    assert.equal(await exited, 1);
    assert.match(srv.stderr, /input stream is broken/);
  });
});
