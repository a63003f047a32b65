import { z } from 'zod';
import { col, execute, maybeOne, one, rows, RowShapeError, type Queryable } from './sql';

/** Answers every statement with the given raw value, as TypeORM's query() would. */
const answering = (raw: unknown): Queryable => ({ query: () => Promise.resolve(raw) });

const Row = z.object({ id: col.id, count: col.bigint });

describe('typed SQL', () => {
  it('checks and converts every row', async () => {
    const result = await rows(answering([{ id: 'a', count: '12' }]), Row, 'SELECT');
    expect(result).toEqual([{ id: 'a', count: 12 }]);
  });

  it('takes the rows of UPDATE … RETURNING, which TypeORM sends as [rows, rowCount]', async () => {
    const raw = [[{ id: 'a', count: 1 }], 1];
    expect(await rows(answering(raw), Row, 'UPDATE')).toEqual([{ id: 'a', count: 1 }]);
    expect(await execute(answering(raw), 'UPDATE')).toBe(1);
    expect(await execute(answering([]), 'INSERT')).toBe(0);
  });

  it('refuses a row of the wrong shape, naming the column', async () => {
    const query = rows(answering([{ id: 'a', count: 'many' }]), Row, 'SELECT x');
    await expect(query).rejects.toThrow(RowShapeError);
    await expect(query).rejects.toThrow(/count/);
  });

  it('one needs a row, maybeOne allows none', async () => {
    expect(await maybeOne(answering([]), Row, 'SELECT')).toBeNull();
    await expect(one(answering([]), Row, 'SELECT')).rejects.toThrow(/expected one row/);
    expect(await one(answering([{ id: 'b', count: 2 }]), Row, 'SELECT')).toEqual({
      id: 'b',
      count: 2,
    });
  });
});
