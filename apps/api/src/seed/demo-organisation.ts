/**
 * The demo region: Gjøvikregionen (ReKs) and its five municipalities, each
 * with a health-and-care service area and realistic units. Names are
 * synthetic but plausible; sizes scale with the municipalities.
 */
export interface DemoUnit {
  name: string;
  serviceType: string;
  departments?: string[];
}

export interface DemoMunicipality {
  number: string;
  name: string;
  /** SSB's KOSTRA group (docs/kostra.md); the KOSTRA import keeps it current. */
  kostraGroup: string;
  units: DemoUnit[];
}

export const DEMO_REGION = { name: 'Gjøvikregionen (ReKs)', slug: 'gjovikregionen' };

const NURSING_HOME_DEPARTMENTS = [
  'Skjermet enhet for personer med demens',
  'Korttidsavdeling',
  'Langtidsavdeling',
];

function standardUnits(place: string, nursingHomes: string[]): DemoUnit[] {
  return [
    ...nursingHomes.map((name, index) => ({
      name,
      serviceType: 'sykehjem',
      departments: index === 0 ? NURSING_HOME_DEPARTMENTS : undefined,
    })),
    {
      name: `Hjemmetjenesten ${place}`,
      serviceType: 'hjemmetjeneste',
      departments: [`Hjemmetjenesten ${place} nord`, `Hjemmetjenesten ${place} sør`],
    },
    { name: `Psykisk helse og rus ${place}`, serviceType: 'psykisk-helse-rus' },
    { name: `Tjenester for utviklingshemmede ${place}`, serviceType: 'utviklingshemming' },
    { name: `Helsestasjon ${place}`, serviceType: 'helsestasjon' },
  ];
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    number: '3407',
    name: 'Gjøvik',
    kostraGroup: 'EKG10',
    units: standardUnits('Gjøvik', [
      'Hunndalen helse- og omsorgssenter',
      'Sørbyen sykehjem',
      'Biri omsorgssenter',
    ]),
  },
  {
    number: '3442',
    name: 'Østre Toten',
    kostraGroup: 'EKG07',
    units: standardUnits('Østre Toten', ['Lena sykehjem', 'Kapp omsorgssenter']),
  },
  {
    number: '3443',
    name: 'Vestre Toten',
    kostraGroup: 'EKG07',
    units: standardUnits('Vestre Toten', ['Raufoss sykehjem', 'Reinsvoll omsorgssenter']),
  },
  {
    number: '3447',
    name: 'Søndre Land',
    kostraGroup: 'EKG01',
    units: standardUnits('Søndre Land', ['Hov sykehjem']),
  },
  {
    number: '3448',
    name: 'Nordre Land',
    kostraGroup: 'EKG01',
    units: standardUnits('Nordre Land', ['Dokka helsetun']),
  },
];

export const HEALTH_AND_CARE_AREA = 'Helse og omsorg';
