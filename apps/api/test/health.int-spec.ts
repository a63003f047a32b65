import { apiUrl } from './support/api-client';

describe('GET /health', () => {
  it('reports the service and its database as up', async () => {
    const response = await fetch(`${apiUrl()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
