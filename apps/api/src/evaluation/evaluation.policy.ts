import { EVERY_ROLE, PolicyRows } from '../auth/policy-types';
import { Role } from '../auth/roles';

/**
 * Figures are read by every signed-in role (board members included); people counts for places
 * the caller may not see one by one are built from rounded counts in the service. Entering
 * values and baselines and linking measures is scoped in the service: unit leaders in their
 * units, HR in their municipality, the regional coordinator anywhere. Indicators are the
 * region's common list: the coordinator and HR define them. Rebuilding history is the
 * coordinator's and the region admin's.
 */
const ENTERERS = [Role.UNIT_LEADER, Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR];

export const EVALUATION_POLICY: PolicyRows = {
  indicators: { roles: EVERY_ROLE, data: 'ORGANISATION' },
  indicatorSeries: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  septemberView: { roles: EVERY_ROLE, data: 'AGGREGATE' },
  createIndicator: {
    roles: [Role.MUNICIPALITY_HR, Role.REGIONAL_COORDINATOR],
    data: 'ORGANISATION',
  },
  setIndicatorBaseline: { roles: ENTERERS, data: 'AGGREGATE' },
  recordMeasurement: { roles: ENTERERS, data: 'AGGREGATE' },
  importMeasurements: { roles: ENTERERS, data: 'AGGREGATE' },
  linkIndicatorMeasure: { roles: ENTERERS, data: 'ORGANISATION' },
  rebuildIndicatorHistory: {
    roles: [Role.REGIONAL_COORDINATOR, Role.REGION_ADMIN],
    data: 'AGGREGATE',
  },
};
