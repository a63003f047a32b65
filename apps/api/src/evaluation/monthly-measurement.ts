import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { lastEndedPeriod, todayInNorway } from '@kp/domain';
import { EvaluationRepository } from './evaluation.repository';
import { measureRegion } from './measure-region';

/** How often the tick looks for a month that has ended (it measures each month once). */
const TICK_MS = 60 * 60 * 1000;
/** The first tick waits a little, so start-up and health checks come first. */
const FIRST_TICK_MS = 15 * 1000;

/**
 * The monthly measurement: an in-process tick that, once a month has ended, measures every
 * computed indicator of every region on that month's last day. Each month is claimed in
 * `measurement_run` in the transaction that writes its figures, so a second API instance (or a
 * second tick) waits on the first and then finds the month taken: each month is measured
 * once. A region that has never been measured gets its history rebuilt instead (the demo seed
 * does this itself).
 */
@Injectable()
export class MonthlyMeasurement implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MonthlyMeasurement');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly repository: EvaluationRepository) {}

  onApplicationBootstrap(): void {
    if (process.env.KP_MONTHLY_MEASUREMENT === 'off') return;
    this.timer = setTimeout(() => this.tick(), FIRST_TICK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    this.running = this.measureEndedMonth()
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.error(`The monthly measurement failed: ${String(error)}`);
      })
      .finally(() => {
        this.running = null;
        if (this.timer !== null) {
          this.timer = setTimeout(() => this.tick(), TICK_MS);
          this.timer.unref();
        }
      });
  }

  /** Measures the month that ended last, in every region that has not measured it yet. */
  async measureEndedMonth(today = todayInNorway()): Promise<number> {
    const period = lastEndedPeriod(today);
    let measured = 0;
    for (const regionId of await this.repository.regionIds()) {
      const done = await this.repository.dataSource.transaction((manager) =>
        measureRegion(manager, this.repository, regionId, [period], 'MONTHLY'),
      );
      measured += done.length;
    }
    if (measured > 0) this.logger.log(`Measured ${period} in ${measured} region(s)`);
    return measured;
  }
}
