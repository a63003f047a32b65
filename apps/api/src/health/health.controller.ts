import { Controller, Get, OnModuleDestroy, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { pgQueryable } from '../database/pg-client';
import { execute } from '../database/sql';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * GET /health asks the database itself, on a connection of its own: when every connection of
 * the main pool is busy with requests, the service is slow, not down, and the probe must not
 * queue behind them (a load balancer would otherwise take a busy instance out of service).
 */
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private probePool: Pool | undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const up = await this.databaseIsUp();
    res
      .status(up ? 200 : 503)
      .json({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
  }

  async onModuleDestroy(): Promise<void> {
    await this.probePool?.end().catch(() => undefined);
  }

  private pool(): Pool {
    if (!this.probePool) {
      const { url } = this.db.options as { url?: string };
      this.probePool = new Pool({
        connectionString: url,
        max: 1,
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        statement_timeout: PROBE_TIMEOUT_MS,
      });
      // a connection that dies while idle (database restart) is replaced on the next probe
      this.probePool.on('error', () => undefined);
    }
    return this.probePool;
  }

  private async databaseIsUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const probe = execute(pgQueryable(this.pool()), 'SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
