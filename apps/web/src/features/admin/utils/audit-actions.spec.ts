import en from '@web/app/i18n/en.json';
import nb from '@web/app/i18n/nb.json';
import { AUDIT_ACTION_IDS, auditActionId } from './audit-actions';

describe('auditActionId', () => {
  it.each([
    ['employee.read', 'employee', 'employeeRead'],
    ['employee.list', 'employee', 'employeeList'],
    ['employee.update', 'employee', 'employeeUpdate'],
    ['employee.export', 'employee', 'employeeExport'],
    ['employee.erase', 'employee', 'employeeErase'],
    ['user.create', 'user', 'userCreate'],
    ['role.assign', 'user', 'roleAssign'],
    ['role.remove', 'user', 'roleRemove'],
    ['region.settings', 'region', 'regionSettings'],
    ['import.employees.preview', 'import', 'importEmployeesPreview'],
    ['appraisal_cycle.update', 'appraisal_cycle', 'appraisalCycleUpdate'],
  ])('says %s (%s) in words', (action, entityType, id) => {
    expect(auditActionId(action, entityType)).toBe(id);
  });

  it('tells an export of the competence overview from a personal-data export', () => {
    expect(auditActionId('employee.export', 'competence-overview')).toBe(
      'competenceOverviewExport',
    );
  });

  it.each([['employee.delete'], [''], ['constructor'], ['__proto__'], ['EMPLOYEE.READ']])(
    'leaves the unknown code %p to be shown as it is',
    (action) => {
      expect(auditActionId(action, 'employee')).toBeNull();
    },
  );

  it('has a message for every action in both languages', () => {
    for (const id of AUDIT_ACTION_IDS) {
      expect({ id, nb: typeof nb.admin.log.actions[id] }).toEqual({ id, nb: 'string' });
      expect({ id, en: typeof en.admin.log.actions[id] }).toEqual({ id, en: 'string' });
    }
  });
});
