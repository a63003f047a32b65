import { type AppraisalContentValues, DEVELOPMENT_WAY_NAMES } from './appraisal-content';
import type { ScaleStep } from './levels';
import { formatNorwegianDate } from './norwegian-format';

export interface SummaryCompetence {
  id: string;
  name: string;
  scale: readonly ScaleStep[];
}

export interface AppraisalSummarySection {
  heading: string;
  /** Lines of text, ready to print. */
  lines: string[];
}

/** A printable summary of a talk, in Norwegian, for the employee. */
export interface AppraisalSummary {
  appraisalId: string;
  title: string;
  employeeName: string;
  unitName: string;
  municipalityName: string;
  cycleName: string;
  /** "Utkast – ikke signert" or "Signert 22.11.2026 av …". */
  statusText: string;
  sections: AppraisalSummarySection[];
  /** The whole summary as plain text. */
  text: string;
}

export interface SummaryInput {
  appraisalId: string;
  employeeName: string;
  unitName: string;
  municipalityName: string;
  cycleName: string;
  status: 'DRAFT' | 'COMPLETED';
  /** ISO date (Norwegian calendar) of the sign-off. */
  completedOn: string | null;
  completedByName: string | null;
  content: AppraisalContentValues;
  competences: ReadonlyMap<string, SummaryCompetence>;
}

const NOTHING = 'Ingenting registrert.';

/** "nivå 3 (Selvstendig)", with the level's name from the competence's scale when it has one. */
function levelText(competence: SummaryCompetence | undefined, level: number): string {
  const name = competence?.scale.find((step) => step.level === level)?.name?.trim();
  return name ? `nivå ${level} (${name})` : `nivå ${level}`;
}

function nameOf(competences: ReadonlyMap<string, SummaryCompetence>, id: string): string {
  return `«${competences.get(id)?.name ?? 'Ukjent kompetanse'}»`;
}

function orNothing(lines: string[]): string[] {
  return lines.length > 0 ? lines : [NOTHING];
}

/**
 * The printable summary for the employee, in Norwegian: the points of the ReKs guide in the
 * order they are talked through, each as a heading with plain lines.
 */
export function buildSummary(input: SummaryInput): AppraisalSummary {
  const { content, competences } = input;
  const statusText =
    input.status === 'COMPLETED' && input.completedOn
      ? `Signert ${formatNorwegianDate(input.completedOn)}${input.completedByName ? ` av ${input.completedByName}` : ''}`
      : 'Utkast – ikke signert';

  const sections: AppraisalSummarySection[] = [
    {
      heading: 'Samtalen',
      lines: [
        `Medarbeider: ${input.employeeName}, ${input.unitName} (${input.municipalityName})`,
        `Samtalerunde: ${input.cycleName}`,
        `Dato: ${content.heldOn ? formatNorwegianDate(content.heldOn) : 'ikke satt'}`,
        `Status: ${statusText}`,
      ],
    },
    {
      heading: 'Egenerklæring gjennomgått',
      lines: orNothing(
        content.selfDeclarations.map(
          (line) =>
            `${nameOf(competences, line.competenceId)}: ${levelText(competences.get(line.competenceId), line.level)} – ${line.leaderConfirms ? 'bekreftet av leder' : 'ikke bekreftet'}`,
        ),
      ),
    },
    {
      heading: 'Registreringer i HR-systemet',
      lines: [
        content.hrRegistrationsChecked ? 'Kontrollert.' : 'Ikke kontrollert.',
        ...(content.hrRegistrationsComment ? [content.hrRegistrationsComment] : []),
      ],
    },
    {
      heading: 'Potensial',
      lines: [
        `Brukes potensialet: ${content.potentialUsed || 'ikke besvart'}`,
        `Hva skal til: ${content.potentialNeeds || 'ikke besvart'}`,
      ],
    },
    {
      heading: 'Kan dele kunnskap med andre',
      lines: orNothing(
        content.teachingTopicIds.length === 0
          ? []
          : [
              ...content.teachingTopicIds.map((id) => nameOf(competences, id)),
              content.teachingConsent
                ? 'Samtykker til å stå med navn og enhet i den regionale oversikten over hvem som kan lære bort.'
                : 'Ønsker ikke å stå med navn i den regionale oversikten (telles uten navn).',
            ],
      ),
    },
    {
      heading: 'Utviklingsønsker',
      lines: orNothing(
        content.developmentWishes.map(
          (line) =>
            `${nameOf(competences, line.competenceId)}: ønsket ${levelText(competences.get(line.competenceId), line.targetLevel)}`,
        ),
      ),
    },
    {
      heading: 'Foretrukket måte å utvikle seg på',
      lines: orNothing(
        content.preferredWays.length > 0
          ? [content.preferredWays.map((way) => DEVELOPMENT_WAY_NAMES[way]).join(', ')]
          : [],
      ),
    },
    {
      heading: 'Karriereplan',
      lines: orNothing([
        ...(content.careerPlan ? [content.careerPlan] : []),
        ...(content.careerTargetRole ? [`Ønsket rolle: ${content.careerTargetRole}`] : []),
      ]),
    },
    {
      heading: 'Avtalte tiltak',
      lines: orNothing(
        content.agreedActions.map((line) =>
          [
            line.description,
            line.dueOn ? `frist ${formatNorwegianDate(line.dueOn)}` : null,
            line.competenceId ? nameOf(competences, line.competenceId) : null,
          ]
            .filter((part): part is string => part !== null)
            .join(' – '),
        ),
      ),
    },
    {
      heading: 'Lederens vurdering',
      lines: orNothing(
        content.leaderAssessments.map(
          (line) =>
            `${nameOf(competences, line.competenceId)}: ${levelText(competences.get(line.competenceId), line.level)}`,
        ),
      ),
    },
  ];

  const title = `Medarbeidersamtale – ${input.employeeName}`;
  const text = [
    title,
    '',
    ...sections.flatMap((section) => [section.heading, ...section.lines.map((l) => `  ${l}`), '']),
  ]
    .join('\n')
    .trimEnd();

  return {
    appraisalId: input.appraisalId,
    title,
    employeeName: input.employeeName,
    unitName: input.unitName,
    municipalityName: input.municipalityName,
    cycleName: input.cycleName,
    statusText,
    sections,
    text,
  };
}
