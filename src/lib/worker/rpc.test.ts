import { describe, expect, it } from 'vitest';
import { describeError } from '../i18n/describe.ts';
import { ImportError } from '../import/importError.ts';
import { QueryError } from '../query/runQuery.ts';
import { JobClient, JobError } from './jobClient.ts';
import { serve, toWireError } from './rpc.ts';

/** A worker's side over a real MessageChannel, whose handlers fail with coded errors. */
function pair() {
  const { port1, port2 } = new MessageChannel();
  const handlers = {
    importJson: (): never => {
      throw new ImportError('notJson', { file: 'x.json', detail: 'Unexpected end of JSON input' });
    },
    query: (): never => {
      throw new QueryError('layerUnavailable', { layer: 'u_1', reason: { key: 'layerError.noStoredFile', params: { layer: 'u_1' } } });
    },
    plain: (): never => {
      throw new RangeError('out of range');
    },
  };
  serve(port2 as unknown as Parameters<typeof serve>[0], handlers);
  const client = new JobClient<typeof handlers>(port1 as unknown as ConstructorParameters<typeof JobClient>[0]);
  return { client, close: () => (port1.close(), port2.close()) };
}

const rejection = async (p: Promise<unknown>): Promise<JobError> => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(JobError);
  return e as JobError;
};

describe('coded errors across the worker boundary', () => {
  it('keep their code and parameters, so the page words them in its language', async () => {
    const { client, close } = pair();
    const e = await rejection(client.call('importJson', {} as never).promise);
    expect(e).toMatchObject({ name: 'ImportError', code: 'notJson', key: 'importError.notJson', params: { file: 'x.json', detail: 'Unexpected end of JSON input' } });
    expect(e.message).toBe('x.json: not valid JSON (Unexpected end of JSON input)');
    expect(describeError(e, 'zh')).toBe('x.json 不是有效的 JSON');
    close();
  });

  it('keep a nested code (the layer host’s reason inside a query error)', async () => {
    const { client, close } = pair();
    const e = await rejection(client.call('query', {} as never).promise);
    expect(e).toMatchObject({ name: 'QueryError', code: 'layerUnavailable' });
    expect(describeError(e, 'zh')).toBe('图层 u_1 无法读取（图层 u_1 没有保存的文件）');
    expect(describeError(e, 'en')).toBe('layer u_1 could not be read (layer u_1 has no stored file)');
    close();
  });

  it('send an uncoded error as name and message only', async () => {
    const { client, close } = pair();
    const e = await rejection(client.call('plain', {} as never).promise);
    expect(e).toMatchObject({ name: 'RangeError', message: 'out of range' });
    expect(e.key).toBeUndefined();
    expect(describeError(e, 'zh')).toBe('out of range');
    expect(toWireError('text')).toEqual({ name: 'Error', message: 'text' });
    close();
  });
});
