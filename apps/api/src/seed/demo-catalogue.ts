// The demo region's competence catalogue: what a health-and-care service in a Norwegian
// municipality typically plans for, sorted into Lai's building blocks and into areas a leader
// recognises from the KS guide and the national plans. Formal education is in the catalogue
// too, because requirements are often stated as "two nurses with videreutdanning i demens".
//
// Each entry has a stable `key` the demo generator refers to; names are what the app shows.

export type BuildingBlock = 'KNOWLEDGE' | 'SKILLS' | 'ABILITIES' | 'ATTITUDES';

export interface DemoCompetence {
  /** Stable identifier inside the demo data (never shown). */
  key: string;
  name: string;
  /** One sentence, Norwegian. */
  description: string;
  buildingBlock: BuildingBlock;
  area: string;
  tags: readonly string[];
  /** Certificates lapse this many months after they are obtained; null = never. */
  validityMonths: number | null;
}

/** National focus areas used as tags. "Leve hele livet" is the kvalitetsreform for eldre. */
export const FOCUS_AREAS = {
  kompetanseloft: 'Kompetanseløft 2025',
  demensplan: 'Demensplan 2025',
  leveHeleLivet: 'Leve hele livet',
  velferdsteknologi: 'Velferdsteknologi',
  legemiddel: 'Legemiddelhåndtering',
  pasientsikkerhet: 'Pasientsikkerhetsprogrammet',
  psykiskHelse: 'Opptrappingsplan for psykisk helse',
} as const;

const F = FOCUS_AREAS;

function entry(
  key: string,
  name: string,
  buildingBlock: BuildingBlock,
  area: string,
  tags: readonly string[],
  description: string,
  validityMonths: number | null = null,
): DemoCompetence {
  return { key, name, description, buildingBlock, area, tags, validityMonths };
}

const EDUCATION = 'Grunnutdanning';
const PREVENTION = 'Helsestasjon og forebygging';
const DEMENTIA = 'Demens og alderspsykiatri';
const GERIATRICS = 'Geriatri og hverdagsmestring';
const MENTAL_HEALTH = 'Psykisk helse og rus';
const PALLIATIVE = 'Palliasjon';
const WELFARE_TECH = 'Velferdsteknologi';
const TEACHING = 'Veiledning og læring';
const LEADERSHIP = 'Ledelse';
const DISABILITY = 'Utviklingshemming';
const EMERGENCY = 'Akuttmedisin';
const MEDICATION = 'Legemiddelhåndtering';
const INFECTION = 'Smittevern';
const HANDLING = 'Forflytning og ergonomi';
const NUTRITION = 'Ernæring';
const COOPERATION = 'Samhandling';
const QUALITY = 'Kvalitet og forbedring';

export const DEMO_CATALOGUE: readonly DemoCompetence[] = [
  // formal education that gives authorisation or a trade certificate
  entry(
    'bachelor-sykepleie',
    'Bachelor i sykepleie',
    'KNOWLEDGE',
    EDUCATION,
    [F.kompetanseloft],
    'Treårig høyskoleutdanning som gir autorisasjon som sykepleier.',
  ),
  entry(
    'fagbrev-helsearbeider',
    'Fagbrev helsearbeider',
    'KNOWLEDGE',
    EDUCATION,
    [F.kompetanseloft],
    'Fag- og yrkesopplæring i helsearbeiderfaget som gir autorisasjon som helsefagarbeider.',
  ),
  entry(
    'vernepleierutdanning',
    'Vernepleierutdanning',
    'KNOWLEDGE',
    EDUCATION,
    [F.kompetanseloft],
    'Treårig bachelorutdanning som gir autorisasjon som vernepleier, med vekt på miljøarbeid og habilitering.',
  ),
  entry(
    'bachelor-fysioterapi',
    'Bachelor i fysioterapi',
    'KNOWLEDGE',
    EDUCATION,
    [],
    'Treårig utdanning som gir autorisasjon som fysioterapeut.',
  ),
  entry(
    'bachelor-ergoterapi',
    'Bachelor i ergoterapi',
    'KNOWLEDGE',
    EDUCATION,
    [],
    'Treårig utdanning som gir autorisasjon som ergoterapeut, med vekt på aktivitet og tilrettelegging av hverdagen.',
  ),
  entry(
    'bachelor-sosialt-arbeid',
    'Bachelor i sosialt arbeid',
    'KNOWLEDGE',
    EDUCATION,
    [],
    'Treårig utdanning for sosionomer, med vekt på sosialfaglig arbeid, rettigheter og samarbeid med brukere.',
  ),
  entry(
    'fagbrev-barne-ungdomsarbeider',
    'Fagbrev barne- og ungdomsarbeider',
    'KNOWLEDGE',
    EDUCATION,
    [],
    'Fagbrev som ofte er grunnlaget for miljøarbeid med barn, unge og personer med utviklingshemming.',
  ),
  entry(
    'medisin',
    'Profesjonsstudium i medisin',
    'KNOWLEDGE',
    EDUCATION,
    [],
    'Seksårig universitetsutdanning som gir autorisasjon som lege.',
  ),

  // health centre and prevention
  entry(
    'master-jordmor',
    'Master i jordmorfag',
    'KNOWLEDGE',
    PREVENTION,
    [],
    'Masterutdanning for sykepleiere som gir autorisasjon som jordmor.',
  ),
  entry(
    'master-helsesykepleie',
    'Master i helsesykepleie',
    'KNOWLEDGE',
    PREVENTION,
    [F.kompetanseloft],
    'Masterutdanning for sykepleiere som kvalifiserer for arbeid i helsestasjon og skolehelsetjeneste.',
  ),
  entry(
    'helsestasjonsprogrammet',
    'Helsestasjonsprogrammet',
    'KNOWLEDGE',
    PREVENTION,
    [],
    'Kjenner innholdet i de faste konsultasjonene for barn 0–5 år etter den nasjonale faglige retningslinjen.',
  ),
  entry(
    'vold-overgrep',
    'Avdekking av vold og overgrep mot barn',
    'ABILITIES',
    PREVENTION,
    [],
    'Ser tegn på vold, overgrep og omsorgssvikt, tør å spørre og vet hvordan bekymring meldes.',
  ),

  // dementia and old-age psychiatry
  entry(
    'vu-demens',
    'Videreutdanning i demensomsorg',
    'KNOWLEDGE',
    DEMENTIA,
    [F.kompetanseloft, F.demensplan],
    'Videreutdanning på 30–60 studiepoeng i demensomsorg og alderspsykiatri for personell med bachelorutdanning.',
  ),
  entry(
    'demensomsorgens-abc',
    'Demensomsorgens ABC',
    'KNOWLEDGE',
    DEMENTIA,
    [F.demensplan, F.kompetanseloft],
    'Studiebasert opplæring på arbeidsplassen om demens, kommunikasjon og miljøbehandling.',
  ),
  entry(
    'personsentrert-omsorg',
    'Personsentrert omsorg (VIPS)',
    'ATTITUDES',
    DEMENTIA,
    [F.demensplan, F.leveHeleLivet],
    'Møter personen med demens ut fra hans eller hennes eget perspektiv, historie og verdier.',
  ),
  entry(
    'utfordrende-atferd',
    'Håndtering av utfordrende atferd ved demens',
    'ABILITIES',
    DEMENTIA,
    [F.demensplan],
    'Forebygger og møter uro, aggresjon og vandring med miljøtiltak i stedet for tvang.',
  ),
  entry(
    'delirium-depresjon',
    'Delirium og depresjon hos eldre',
    'KNOWLEDGE',
    DEMENTIA,
    [F.leveHeleLivet],
    'Kjenner igjen tegn på delirium og depresjon hos eldre og vet når lege skal kontaktes.',
  ),

  // geriatrics and everyday coping
  entry(
    'fagskole-eldreomsorg',
    'Fagskoleutdanning i eldreomsorg',
    'KNOWLEDGE',
    GERIATRICS,
    [F.kompetanseloft, F.leveHeleLivet],
    'Fagskoleutdanning for helsefagarbeidere om aldring, eldres helse og demens.',
  ),
  entry(
    'vu-geriatri',
    'Videreutdanning i geriatri',
    'KNOWLEDGE',
    GERIATRICS,
    [F.kompetanseloft, F.leveHeleLivet],
    'Videreutdanning i geriatrisk sykepleie med vekt på sammensatte sykdomsbilder hos eldre.',
  ),
  entry(
    'master-aks',
    'Master i avansert klinisk allmennsykepleie',
    'KNOWLEDGE',
    GERIATRICS,
    [F.kompetanseloft],
    'Masterutdanning som gir sykepleiere utvidet klinisk vurderingskompetanse i den kommunale helse- og omsorgstjenesten.',
  ),
  entry(
    'fallforebygging',
    'Fallforebygging',
    'KNOWLEDGE',
    GERIATRICS,
    [F.pasientsikkerhet, F.leveHeleLivet],
    'Kartlegger fallrisiko og setter i verk tiltak som styrketrening, tilrettelegging og legemiddelgjennomgang.',
  ),
  entry(
    'hverdagsrehabilitering',
    'Hverdagsrehabilitering',
    'ABILITIES',
    GERIATRICS,
    [F.leveHeleLivet],
    'Arbeider tverrfaglig ut fra hva som er viktig for brukeren, slik at hun eller han mestrer hverdagen hjemme.',
  ),
  entry(
    'trykksar',
    'Forebygging av trykksår',
    'SKILLS',
    GERIATRICS,
    [F.pasientsikkerhet],
    'Vurderer risiko for trykksår og gjennomfører forebyggende stell, leiring og ernæringstiltak.',
  ),

  // mental health and substance use
  entry(
    'vu-psykisk-helsearbeid',
    'Videreutdanning i psykisk helsearbeid',
    'KNOWLEDGE',
    MENTAL_HEALTH,
    [F.kompetanseloft, F.psykiskHelse],
    'Tverrfaglig videreutdanning i psykisk helsearbeid og rusarbeid for personell med bachelorutdanning.',
  ),
  entry(
    'motiverende-intervju',
    'Motiverende intervju (MI)',
    'ABILITIES',
    MENTAL_HEALTH,
    [F.psykiskHelse],
    'Bruker motiverende samtaleteknikk for å styrke brukerens egen motivasjon for endring.',
  ),
  entry(
    'vivat',
    'Selvmordsforebygging (VIVAT)',
    'SKILLS',
    MENTAL_HEALTH,
    [F.psykiskHelse],
    'Kan kartlegge selvmordsfare, gi førstehjelp ved selvmordsfare og følge opp etter et forsøk.',
  ),
  entry(
    'recovery',
    'Recovery-orientert praksis',
    'ATTITUDES',
    MENTAL_HEALTH,
    [F.psykiskHelse],
    'Støtter brukerens egen bedringsprosess og ser brukeren som ekspert på eget liv.',
  ),

  // palliative care
  entry(
    'vu-palliasjon',
    'Videreutdanning i palliasjon',
    'KNOWLEDGE',
    PALLIATIVE,
    [F.kompetanseloft, F.leveHeleLivet],
    'Tverrfaglig videreutdanning i lindrende behandling, pleie og omsorg for alvorlig syke og døende.',
  ),
  entry(
    'vu-kreftsykepleie',
    'Videreutdanning i kreftsykepleie',
    'KNOWLEDGE',
    PALLIATIVE,
    [F.kompetanseloft],
    'Videreutdanning for sykepleiere i behandling, pleie og oppfølging av pasienter med kreft.',
  ),
  entry(
    'palliasjon-grunnleggende',
    'Palliasjon – grunnleggende kompetanse',
    'KNOWLEDGE',
    PALLIATIVE,
    [F.leveHeleLivet],
    'Kjenner prinsippene for lindrende behandling og kartlegger symptomer med ESAS.',
  ),
  entry(
    'livets-siste-dager',
    'Livets siste dager – plan for lindring',
    'SKILLS',
    PALLIATIVE,
    [F.leveHeleLivet],
    'Bruker tiltaksplanen for livets siste dager slik at den døende får god lindring og pårørende blir ivaretatt.',
  ),
  entry(
    'forhandssamtaler',
    'Forhåndssamtaler med pasient og pårørende',
    'ABILITIES',
    PALLIATIVE,
    [F.leveHeleLivet],
    'Leder samtaler om pasientens ønsker for behandling og omsorg ved livets slutt.',
  ),

  // welfare technology
  entry(
    'vu-velferdsteknologi',
    'Videreutdanning i velferdsteknologi',
    'KNOWLEDGE',
    WELFARE_TECH,
    [F.kompetanseloft, F.velferdsteknologi],
    'Videreutdanning i å velge ut, ta i bruk og følge opp velferdsteknologiske løsninger i tjenestene.',
  ),
  entry(
    'velferdsteknologiens-abc',
    'Velferdsteknologiens ABC',
    'KNOWLEDGE',
    WELFARE_TECH,
    [F.velferdsteknologi, F.kompetanseloft],
    'Opplæringsprogram om hvordan velferdsteknologi kan gi trygghet og mestring for brukerne.',
  ),
  entry(
    'digitalt-tilsyn',
    'Trygghetsalarm og digitalt tilsyn',
    'SKILLS',
    WELFARE_TECH,
    [F.velferdsteknologi],
    'Setter opp, tester og følger opp trygghetsalarm, sensorer og digitalt nattilsyn hos brukeren.',
  ),
  entry(
    'medisindispenser',
    'Elektronisk medisineringsstøtte',
    'SKILLS',
    WELFARE_TECH,
    [F.velferdsteknologi, F.legemiddel],
    'Fyller, programmerer og følger opp varsler fra elektroniske medisindispensere.',
  ),

  // supervision and learning
  entry(
    'vu-veiledning',
    'Videreutdanning i veiledning',
    'KNOWLEDGE',
    TEACHING,
    [F.kompetanseloft],
    'Videreutdanning i veiledningspedagogikk for dem som veileder studenter, lærlinger og kolleger.',
  ),
  entry(
    'praksisveiledning',
    'Veiledning av studenter og lærlinger',
    'ABILITIES',
    TEACHING,
    [F.kompetanseloft],
    'Planlegger, gjennomfører og vurderer praksisperioder for studenter og lærlinger.',
  ),

  // leadership
  entry(
    'vu-ledelse',
    'Videreutdanning i helse- og omsorgsledelse',
    'KNOWLEDGE',
    LEADERSHIP,
    [F.kompetanseloft],
    'Videreutdanning i ledelse, økonomi og endringsarbeid i helse- og omsorgstjenestene.',
  ),
  entry(
    'personalledelse',
    'Personalledelse',
    'ABILITIES',
    LEADERSHIP,
    [],
    'Følger opp medarbeidere gjennom medarbeidersamtaler, sykefraværsoppfølging og et godt arbeidsmiljø.',
  ),
  entry(
    'kompetanseplanlegging',
    'Strategisk kompetanseplanlegging',
    'KNOWLEDGE',
    LEADERSHIP,
    [F.kompetanseloft],
    'Kartlegger kompetansebehov, analyserer gap og lager tiltaksplaner etter KS-veilederen.',
  ),

  // intellectual disabilities
  entry(
    'vu-miljoterapi',
    'Videreutdanning i miljøterapeutisk arbeid',
    'KNOWLEDGE',
    DISABILITY,
    [F.kompetanseloft],
    'Videreutdanning i miljøterapi og atferdsanalyse for arbeid med personer med utviklingshemming.',
  ),
  entry(
    'tvang-og-makt',
    'Tvang og makt (helse- og omsorgstjenesteloven kapittel 9)',
    'KNOWLEDGE',
    DISABILITY,
    [],
    'Kjenner reglene for bruk av tvang og makt overfor personer med utviklingshemming og hvordan tvang forebygges.',
  ),
  entry(
    'ask',
    'Alternativ og supplerende kommunikasjon (ASK)',
    'SKILLS',
    DISABILITY,
    [],
    'Bruker tegn, bilder og kommunikasjonshjelpemidler sammen med brukere som har lite eller ingen tale.',
  ),
  entry(
    'epilepsi',
    'Epilepsi og akutt anfallsbehandling',
    'SKILLS',
    DISABILITY,
    [],
    'Observerer og dokumenterer anfall og gir akuttmedisin etter brukerens anfallsplan.',
    24,
  ),
  entry(
    'miljoterapeutiske-tiltak',
    'Miljøterapeutiske tiltaksplaner',
    'SKILLS',
    DISABILITY,
    [],
    'Utarbeider, gjennomfører og evaluerer tiltaksplaner sammen med brukeren og nettverket.',
  ),

  // emergency care
  entry(
    'hlr',
    'Hjerte-lungeredning (HLR)',
    'SKILLS',
    EMERGENCY,
    [F.pasientsikkerhet],
    'Starter og utfører hjerte-lungeredning og bruker hjertestarter etter gjeldende retningslinjer.',
    12,
  ),
  entry(
    'news2',
    'Tidlig oppdagelse av forverret tilstand (NEWS2)',
    'SKILLS',
    EMERGENCY,
    [F.pasientsikkerhet],
    'Måler og tolker vitale tegn med NEWS2 og ABCDE og melder forverring til lege i tide.',
  ),

  // medicines
  entry(
    'legemiddelhandtering-kurs',
    'Legemiddelhåndtering – kurs og test',
    'KNOWLEDGE',
    MEDICATION,
    [F.legemiddel],
    'Kurs med avsluttende test som gir grunnlag for delegert ansvar for utdeling av legemidler.',
    24,
  ),
  entry(
    'medikamentregning',
    'Medikamentregning',
    'SKILLS',
    MEDICATION,
    [F.legemiddel],
    'Regner ut doser, styrker og infusjonshastigheter sikkert og dobbeltkontrollerer utregningen.',
    36,
  ),
  entry(
    'legemiddelgjennomgang',
    'Legemiddelgjennomgang',
    'KNOWLEDGE',
    MEDICATION,
    [F.legemiddel, F.pasientsikkerhet],
    'Deltar i systematisk gjennomgang av pasientens legemidler sammen med lege for å avdekke uheldige kombinasjoner.',
  ),

  // infection control
  entry(
    'basale-smittevernrutiner',
    'Basale smittevernrutiner',
    'SKILLS',
    INFECTION,
    [F.pasientsikkerhet],
    'Følger rutinene for håndhygiene, renhold og bruk av hansker og frakk i alt pasientnært arbeid.',
    24,
  ),
  entry(
    'isolering',
    'Isolering og bruk av smittevernutstyr',
    'SKILLS',
    INFECTION,
    [],
    'Gjennomfører kontakt-, dråpe- og luftsmitteisolering og tar smittevernutstyr av og på riktig.',
  ),

  // moving and handling
  entry(
    'forflytning',
    'Forflytningsteknikk',
    'SKILLS',
    HANDLING,
    [],
    'Forflytter brukere trygt med riktige teknikker og hjelpemidler, uten å skade egen rygg.',
    36,
  ),

  // nutrition
  entry(
    'ernaeringskartlegging',
    'Ernæringskartlegging og oppfølging',
    'SKILLS',
    NUTRITION,
    [F.leveHeleLivet, F.pasientsikkerhet],
    'Kartlegger ernæringsstatus med MNA eller MUST og følger opp med en individuell ernæringsplan.',
  ),
  entry(
    'munnhelse',
    'Munnstell og munnhelse',
    'SKILLS',
    NUTRITION,
    [F.leveHeleLivet],
    'Gir godt munnstell og oppdager problemer med tenner og munnhule som gjør det vanskelig å spise.',
  ),

  // cooperation across services
  entry(
    'samhandling-sykehus',
    'Samhandling ved innleggelse og utskrivning',
    'ABILITIES',
    COOPERATION,
    [F.pasientsikkerhet],
    'Sørger for at informasjon, legemiddellister og oppfølging følger pasienten mellom sykehus og kommune.',
  ),
  entry(
    'plo-meldinger',
    'Pleie- og omsorgsmeldinger (PLO)',
    'SKILLS',
    COOPERATION,
    [],
    'Sender og følger opp elektroniske meldinger mellom kommunen, fastlegen og sykehuset.',
  ),
  entry(
    'parorendesamarbeid',
    'Pårørendesamarbeid',
    'ABILITIES',
    COOPERATION,
    [F.leveHeleLivet],
    'Involverer, informerer og støtter pårørende som en ressurs i tjenesten.',
  ),

  // quality and improvement
  entry(
    'kunnskapsbasert-praksis',
    'Kunnskapsbasert praksis',
    'KNOWLEDGE',
    QUALITY,
    [F.kompetanseloft],
    'Bruker forskning, erfaring og brukerens ønsker sammen når faglige beslutninger tas.',
  ),
  entry(
    'forbedringsarbeid',
    'Forbedringskompetanse',
    'SKILLS',
    QUALITY,
    [F.pasientsikkerhet],
    'Bruker modellen for forbedring, målinger og PDSA-sirkler for å forbedre tjenesten systematisk.',
  ),
  entry(
    'dokumentasjon',
    'Dokumentasjon i pasientjournal',
    'SKILLS',
    QUALITY,
    [],
    'Dokumenterer observasjoner, tiltak og evaluering presist og i tide i den elektroniske journalen.',
  ),
  entry(
    'etisk-refleksjon',
    'Etisk refleksjon',
    'ATTITUDES',
    QUALITY,
    [F.kompetanseloft],
    'Deltar i og leder etisk refleksjon om verdivalg og dilemmaer i hverdagen.',
  ),
];

const BY_KEY: ReadonlyMap<string, DemoCompetence> = new Map(
  DEMO_CATALOGUE.map((competence) => [competence.key, competence]),
);

/** The catalogue entry for a key; throws for a key that is not in the catalogue. */
export function demoCompetence(key: string): DemoCompetence {
  const competence = BY_KEY.get(key);
  if (!competence) throw new Error(`Unknown demo competence key '${key}'`);
  return competence;
}
