// The columns of each import, by kind: what the page lists, the templates hold and the docs
// describe (the definitions themselves live beside each row validator).

import { EMPLOYEE_FIELDS } from './employee-row';
import type { FieldSpec } from './header-mapping';
import type { ImportKind } from './import-report';
import { QUALIFICATION_FIELDS } from './qualification-row';

export function importFields(kind: ImportKind): readonly FieldSpec[] {
  return kind === 'employees' ? EMPLOYEE_FIELDS : QUALIFICATION_FIELDS;
}
