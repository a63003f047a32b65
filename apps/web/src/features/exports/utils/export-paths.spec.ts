import { competenceOverviewUrl, fundingReportUrl, overviewMunicipalityIds } from './export-paths';

describe('competenceOverviewUrl', () => {
  it.each([
    ['csv', '3407', undefined, '/api/exports/competence-overview?municipality=3407&format=csv'],
    [
      'xlsx',
      '3442',
      'u 1',
      '/api/exports/competence-overview?municipality=3442&format=xlsx&unitId=u+1',
    ],
  ] as const)('%s for %s (unit %s)', (format, number, unitId, url) => {
    expect(competenceOverviewUrl(format, number, unitId)).toBe(url);
  });
});

describe('overviewMunicipalityIds', () => {
  it('lists the municipalities where the user is HR or a unit leader, once each', () => {
    expect(
      overviewMunicipalityIds([
        { role: 'MUNICIPALITY_HR', municipalityId: 'm1' },
        { role: 'UNIT_LEADER', municipalityId: 'm1' },
        { role: 'UNIT_LEADER', municipalityId: 'm2' },
        { role: 'REGIONAL_COORDINATOR', municipalityId: null },
        { role: 'BOARD_MEMBER', municipalityId: 'm3' },
      ]),
    ).toEqual(['m1', 'm2']);
  });
});

describe('fundingReportUrl', () => {
  it.each([
    ['csv', null, '/api/exports/funding-report?format=csv&year=2026&half=2'],
    ['xlsx', '3442', '/api/exports/funding-report?format=xlsx&year=2026&half=2&municipality=3442'],
  ] as const)('%s for %s', (format, number, url) => {
    expect(fundingReportUrl(format, { year: 2026, half: 2 }, number)).toBe(url);
  });
});
