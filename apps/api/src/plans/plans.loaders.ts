import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Scope } from '../auth/scope';
import type { ActionPlan } from './models/action-plan.model';
import type { PlanMeasure } from './models/measure.model';
import { MeasureReader } from './measures.service';
import { toPlan } from './plan.mapper';
import { PlansRepository } from './plans.repository';

export interface PlansLoaders {
  planById: DataLoader<string, ActionPlan | null>;
  /** A plan's measures with their children (teachers' names within the request's scope). */
  measuresByPlanId: DataLoader<string, PlanMeasure[]>;
}

/** DataLoaders for plans and measures, created fresh for every request. */
@Injectable()
export class PlansLoaderFactory {
  constructor(
    private readonly plans: PlansRepository,
    private readonly reader: MeasureReader,
  ) {}

  create(scope: Scope): PlansLoaders {
    return {
      planById: new DataLoader(async (ids) => {
        const byId = new Map(
          (await this.plans.findPlansByIds(ids)).map((row) => [row.id, toPlan(row)]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }),
      measuresByPlanId: new DataLoader(async (ids) => {
        const byPlan = await this.reader.byPlanIds(scope, ids);
        return ids.map((id) => byPlan.get(id) ?? []);
      }),
    };
  }
}
