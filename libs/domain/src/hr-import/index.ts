// Reading HR-system files into employees and qualifications: a cell's value, the header
// mapping and its hints, the row rules of each kind, national identity numbers refused, unit
// matching, the report's Norwegian words and the undo refusals. The bytes (file format, text
// encoding, CSV dialect) are read in the API (apps/api/src/imports/parsing).
export * from './cell-value';
export * from './deactivation-check';
export * from './employee-changes';
export * from './employee-row';
export * from './header-hints';
export * from './header-mapping';
export * from './import-columns';
export * from './import-report';
export * from './national-id';
export * from './normalise-text';
export * from './qualification-row';
export * from './report-text';
export * from './row-checks';
export * from './undo-refusal';
export * from './unit-matcher';
