/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminUserFields on AdminUser {\n    id\n    email\n    name\n    active\n    hasPassword\n    version\n    roles {\n      id\n      role\n      municipalityId\n      unitId\n      scopeName\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorEmail\n      action\n      entityType\n      entityId\n      employeeId\n      employeeCount\n      municipalityId\n      unitId\n      sessionId\n      address\n      before\n      after\n      details\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  fragment RegionSettingsFields on RegionSettings {\n    id\n    name\n    minGroupSize\n    retirementAge\n    sessionIdleMinutes\n    sessionAbsoluteHours\n  }\n": typeof types.RegionSettingsFieldsFragmentDoc,
    "\n  query RegionSettings {\n    regionSettings {\n      ...RegionSettingsFields\n    }\n  }\n": typeof types.RegionSettingsDocument,
    "\n  mutation RemoveRole($roleAssignmentId: ID!) {\n    removeRole(roleAssignmentId: $roleAssignmentId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.RemoveRoleDocument,
    "\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      ...RegionSettingsFields\n    }\n  }\n": typeof types.UpdateRegionSettingsDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AmendAppraisal($input: AmendAppraisalInput!) {\n    amendAppraisal(input: $input) {\n      ...AppraisalRecordFields\n    }\n  }\n": typeof types.AmendAppraisalDocument,
    "\n  query AppraisalCatalogue {\n    competences {\n      ...AppraisalCompetenceFields\n    }\n  }\n": typeof types.AppraisalCatalogueDocument,
    "\n  fragment AppraisalCompetenceFields on Competence {\n    id\n    name\n    area\n    active\n    scale {\n      level\n      name\n      description\n    }\n  }\n": typeof types.AppraisalCompetenceFieldsFragmentDoc,
    "\n  fragment AppraisalContentFields on AppraisalContent {\n    heldOn\n    selfDeclarations {\n      competenceId\n      level\n      leaderConfirms\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    hrRegistrationsChecked\n    hrRegistrationsComment\n    potentialUsed\n    potentialNeeds\n    teachingTopicIds\n    teachingTopics {\n      ...AppraisalCompetenceFields\n    }\n    teachingConsent\n    developmentWishes {\n      competenceId\n      targetLevel\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    preferredWays\n    careerPlan\n    careerTargetRole\n    agreedActions {\n      description\n      dueOn\n      competenceId\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    leaderAssessments {\n      competenceId\n      level\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n  }\n": typeof types.AppraisalContentFieldsFragmentDoc,
    "\n  fragment AppraisalCycleFields on AppraisalCycle {\n    id\n    name\n    opensOn\n    closesOn\n    status\n    version\n    municipalityId\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.AppraisalCycleFieldsFragmentDoc,
    "\n  query AppraisalCycles($municipalityId: ID) {\n    appraisalCycles(municipalityId: $municipalityId) {\n      ...AppraisalCycleFields\n    }\n  }\n": typeof types.AppraisalCyclesDocument,
    "\n  query AppraisalDraft($employeeId: ID!, $cycleId: ID) {\n    appraisalDraft(employeeId: $employeeId, cycleId: $cycleId) {\n      employeeId\n      employee {\n        id\n        fullName\n        positionTitle\n        active\n        unit {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      cycle {\n        ...AppraisalCycleFields\n      }\n      appraisal {\n        ...AppraisalRecordFields\n      }\n      content {\n        ...AppraisalContentFields\n      }\n      previous {\n        id\n        completedAt\n        completedByName\n        cycle {\n          id\n          name\n        }\n        content {\n          ...AppraisalContentFields\n        }\n      }\n    }\n  }\n": typeof types.AppraisalDraftDocument,
    "\n  query AppraisalProgress($cycleId: ID, $dueWithinDays: Int!) {\n    appraisalProgress(cycleId: $cycleId, dueWithinDays: $dueWithinDays) {\n      scopeName\n      unitId\n      municipalityId\n      employeeCount\n      completedCount\n      draftCount\n      notStartedCount\n      completedShare\n      overdue\n      daysUntilClose\n      pacePerWeek\n      cycle {\n        ...AppraisalCycleFields\n      }\n      pending {\n        employeeId\n        appraisalId\n        status\n        overdue\n        urgency\n        employee {\n          id\n          fullName\n          positionTitle\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AppraisalProgressDocument,
    "\n  fragment AppraisalRecordFields on Appraisal {\n    id\n    employeeId\n    cycleId\n    status\n    version\n    createdAt\n    updatedAt\n    updatedByName\n    completedAt\n    completedByName\n    content {\n      ...AppraisalContentFields\n    }\n    amendments {\n      id\n      note\n      amendedAt\n      amendedByName\n    }\n  }\n": typeof types.AppraisalRecordFieldsFragmentDoc,
    "\n  fragment AppraisalFigureFields on AppraisalFigure {\n    value\n    suppressed\n    reasonCode\n    reason\n    rounded\n  }\n": typeof types.AppraisalFigureFieldsFragmentDoc,
    "\n  query AppraisalStatistics($unitId: ID, $municipalityId: ID) {\n    appraisalStatistics(unitId: $unitId, municipalityId: $municipalityId) {\n      level\n      scopeId\n      scopeName\n      exact\n      minGroupSize\n      completedShare\n      cycles {\n        id\n        name\n        status\n        municipality {\n          id\n          name\n        }\n      }\n      employees {\n        ...AppraisalFigureFields\n      }\n      completed {\n        ...AppraisalFigureFields\n      }\n      breakdown {\n        id\n        name\n        completedShare\n        employees {\n          ...AppraisalFigureFields\n        }\n        completed {\n          ...AppraisalFigureFields\n        }\n      }\n      wishedCompetences {\n        competenceId\n        competence {\n          id\n          name\n        }\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n      preferredWays {\n        way\n        name\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n      teachingTopics {\n        competenceId\n        competence {\n          id\n          name\n        }\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n    }\n  }\n": typeof types.AppraisalStatisticsDocument,
    "\n  query AppraisalSummary($id: ID!) {\n    appraisalSummary(id: $id) {\n      appraisalId\n      title\n      statusText\n      employeeName\n      unitName\n      municipalityName\n      cycleName\n      sections {\n        heading\n        lines\n      }\n    }\n  }\n": typeof types.AppraisalSummaryDocument,
    "\n  query Appraisals($filter: AppraisalFilter) {\n    appraisals(filter: $filter) {\n      id\n      employeeId\n      status\n      completedAt\n      completedByName\n      employee {\n        id\n        fullName\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AppraisalsDocument,
    "\n  mutation CompleteAppraisal($input: CompleteAppraisalInput!) {\n    completeAppraisal(input: $input) {\n      ...AppraisalRecordFields\n    }\n  }\n": typeof types.CompleteAppraisalDocument,
    "\n  mutation CreateAppraisalCycle($input: CreateAppraisalCycleInput!) {\n    createAppraisalCycle(input: $input) {\n      ...AppraisalCycleFields\n    }\n  }\n": typeof types.CreateAppraisalCycleDocument,
    "\n  mutation DiscardAppraisalDraft($id: ID!, $version: Int!) {\n    discardAppraisalDraft(id: $id, version: $version)\n  }\n": typeof types.DiscardAppraisalDraftDocument,
    "\n  mutation SaveAppraisalDraft($input: SaveAppraisalDraftInput!) {\n    saveAppraisalDraft(input: $input) {\n      id\n      version\n      status\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.SaveAppraisalDraftDocument,
    "\n  query TeachingDirectory($competenceId: ID, $municipalityId: ID) {\n    teachingDirectory(competenceId: $competenceId, municipalityId: $municipalityId) {\n      competenceId\n      competence {\n        id\n        name\n        area\n      }\n      people {\n        employeeId\n        name\n        unitId\n        unitName\n        municipalityName\n      }\n      anonymous {\n        ...AppraisalFigureFields\n      }\n    }\n  }\n": typeof types.TeachingDirectoryDocument,
    "\n  mutation UpdateAppraisalCycle($input: UpdateAppraisalCycleInput!) {\n    updateAppraisalCycle(input: $input) {\n      ...AppraisalCycleFields\n    }\n  }\n": typeof types.UpdateAppraisalCycleDocument,
    "\n  fragment CurrentUser on Me {\n    id\n    email\n    name\n    regionId\n    roles {\n      role\n      municipalityId\n      unitId\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      me {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CompetenceAreas {\n    competenceAreas\n  }\n": typeof types.CompetenceAreasDocument,
    "\n  fragment CompetenceFields on Competence {\n    id\n    name\n    description\n    buildingBlock\n    area\n    tags\n    scale {\n      level\n      description\n    }\n    validityMonths\n    active\n    version\n  }\n": typeof types.CompetenceFieldsFragmentDoc,
    "\n  query Competence($id: ID!) {\n    competence(id: $id) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.CompetenceDocument,
    "\n  query Competences($filter: CompetenceFilter) {\n    competences(filter: $filter) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.CompetencesDocument,
    "\n  mutation CreateCompetence($input: CreateCompetenceInput!) {\n    createCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.CreateCompetenceDocument,
    "\n  mutation UpdateCompetence($input: UpdateCompetenceInput!) {\n    updateCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.UpdateCompetenceDocument,
    "\n  mutation AddQualification($input: AddQualificationInput!) {\n    addQualification(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddQualificationDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    competence {\n      id\n      name\n    }\n    level\n    source\n    evidence\n    assessedOn\n    validUntil\n    assessedByName\n    confirmedAt\n    createdAt\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  mutation ConfirmAssessment($id: ID!) {\n    confirmAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.ConfirmAssessmentDocument,
    "\n  fragment EmployeeSummary on Employee {\n    id\n    employeeNumber\n    fullName\n    positionTitle\n    fte\n    employmentType\n    active\n    profession {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n    municipality {\n      id\n      number\n      name\n    }\n  }\n": typeof types.EmployeeSummaryFragmentDoc,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeSummary\n      givenName\n      familyName\n      birthYear\n      startDate\n      version\n      competences {\n        competence {\n          ...CompetenceFields\n        }\n        level\n        source\n        formalLevel\n        informalLevel\n        leaderLevel\n        selfDeclaredLevel\n        selfDeclaredConfirmed\n        expiresOn\n        levelValidUntil\n      }\n      qualifications {\n        id\n        kind\n        title\n        issuer\n        obtainedOn\n        expiresOn\n        competences {\n          competence {\n            id\n            name\n          }\n          level\n        }\n      }\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n": typeof types.EmployeeDocument,
    "\n  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EmployeeSummary\n        }\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  mutation EraseEmployee($employeeId: ID!, $confirmEmployeeNumber: String!) {\n    eraseEmployee(employeeId: $employeeId, confirmEmployeeNumber: $confirmEmployeeNumber)\n  }\n": typeof types.EraseEmployeeDocument,
    "\n  query ExportEmployeeData($employeeId: ID!) {\n    exportEmployeeData(employeeId: $employeeId)\n  }\n": typeof types.ExportEmployeeDataDocument,
    "\n  query Professions {\n    professions {\n      code\n      name\n    }\n  }\n": typeof types.ProfessionsDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    description\n    source\n    computedKind\n    kostraCode\n    unit\n    decimals\n    direction\n    target\n    countsPeople\n    measures {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  query IndicatorSeries($indicatorId: ID!, $scope: EvaluationScopeInput!) {\n    indicatorSeries(indicatorId: $indicatorId, scope: $scope) {\n      ...SeriesFields\n    }\n  }\n\n  fragment SeriesFields on IndicatorSeries {\n    scopeLevel\n    scopeId\n    scopeName\n    median\n    runs\n    runsLower\n    runsUpper\n    rounded\n    canEnter\n    canSetBaseline\n    baseline {\n      kind\n      fromPeriod\n      toPeriod\n      value\n      measuredOn\n    }\n    points {\n      period\n      measuredOn\n      value\n      source\n      enteredBy\n      inBaseline\n      inSignal\n    }\n    signals {\n      kind\n      direction\n      periods\n      sentence\n    }\n    indicator {\n      ...IndicatorFields\n    }\n  }\n": typeof types.IndicatorSeriesDocument,
    "\n  query SeptemberView($input: SeptemberViewInput!) {\n    septemberView(input: $input) {\n      indicators {\n        ...IndicatorFields\n      }\n      scopes {\n        level\n        id\n        name\n        cells {\n          indicatorId\n          baselineValue\n          currentPeriod\n          currentValue\n          change\n          improved\n          signals\n          rounded\n        }\n      }\n    }\n  }\n": typeof types.SeptemberViewDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...SeriesFields\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation SetIndicatorBaseline($input: SetBaselineInput!) {\n    setIndicatorBaseline(input: $input) {\n      ...SeriesFields\n    }\n  }\n": typeof types.SetIndicatorBaselineDocument,
    "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      recorded\n    }\n  }\n": typeof types.ImportMeasurementsDocument,
    "\n  query ExpiringCertificates($filter: ExpiringCertificatesFilter) {\n    expiringCertificates(filter: $filter) {\n      from\n      to\n      months\n      suppressionApplied\n      rows {\n        unitId\n        unit {\n          id\n          name\n          municipalityId\n        }\n        cells {\n          ...GapFigure\n        }\n        total {\n          ...GapFigure\n        }\n      }\n      monthTotals {\n        ...GapFigure\n      }\n      total {\n        ...GapFigure\n      }\n    }\n  }\n": typeof types.ExpiringCertificatesDocument,
    "\n  query GapAnalysis($filter: GapFilter, $breakdown: GapBreakdown) {\n    gapAnalysis(filter: $filter, breakdown: $breakdown) {\n      today\n      scopeId\n      scopeLevel\n      scopeName\n      breakdown\n      minGroupSize\n      retirementAge\n      suppressionApplied\n      horizons {\n        horizon\n        date\n      }\n      totals {\n        ...GapRollUpFields\n      }\n      rows {\n        ...GapRollUpFields\n      }\n      requirementGaps {\n        requirementId\n        unitId\n        municipalityId\n        unit {\n          id\n          name\n        }\n        competenceId\n        competence {\n          id\n          name\n          area\n        }\n        minLevel\n        measure\n        horizon\n        horizonDate\n        priority\n        required\n        holders {\n          ...GapFigure\n        }\n        expected {\n          ...GapFigure\n        }\n        gap {\n          ...GapFigure\n        }\n        surplus {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n    }\n  }\n": typeof types.GapAnalysisDocument,
    "\n  fragment GapFigure on Figure {\n    value\n    suppressed\n    reason\n    reasonCode\n    rounded\n  }\n": typeof types.GapFigureFragmentDoc,
    "\n  query GapHeatmap($filter: GapFilter, $horizon: Horizon!) {\n    gapHeatmap(filter: $filter, horizon: $horizon) {\n      horizon\n      horizonDate\n      suppressionApplied\n      rows {\n        id\n        name\n        level\n      }\n      competences {\n        id\n        name\n        area\n      }\n      cells {\n        scopeId\n        competenceId\n        measure\n        required\n        gap {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n      totals {\n        scopeId\n        competenceId\n        measure\n        required\n        gap {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n    }\n  }\n": typeof types.GapHeatmapDocument,
    "\n  query GapHolders($requirementId: ID!, $horizon: Horizon!) {\n    requirement(id: $requirementId) {\n      id\n      unitId\n      municipalityId\n      unit {\n        id\n        name\n      }\n      competence {\n        id\n        name\n      }\n      minLevel\n      measure\n      required\n      horizon\n      priority\n    }\n    gapHolders(requirementId: $requirementId, horizon: $horizon) {\n      horizon\n      horizonDate\n      retirementAge\n      holders {\n        ...GapHolderFields\n      }\n      expected {\n        ...GapHolderFields\n      }\n    }\n    professions {\n      code\n      name\n    }\n  }\n\n  fragment GapHolderFields on GapHolder {\n    employeeId\n    fullName\n    unitId\n    unit {\n      id\n      name\n    }\n    professionCode\n    fte\n    level\n    validUntil\n  }\n": typeof types.GapHoldersDocument,
    "\n  fragment GapRollUpFields on GapRollUp {\n    scopeId\n    scopeLevel\n    municipalityId\n    unitId\n    municipality {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    competenceId\n    competence {\n      id\n      name\n      area\n    }\n    measure\n    horizon\n    horizonDate\n    priority\n    required\n    requirementCount\n    gap {\n      ...GapFigure\n    }\n    covered {\n      ...GapFigure\n    }\n    expected {\n      ...GapFigure\n    }\n    surplus {\n      ...GapFigure\n    }\n    coverage {\n      ...GapFigure\n    }\n  }\n": typeof types.GapRollUpFieldsFragmentDoc,
    "\n  query MobilisationOptions($filter: GapFilter) {\n    mobilisationOptions(filter: $filter) {\n      competenceId\n      competence {\n        id\n        name\n      }\n      horizon\n      measure\n      from {\n        requirementId\n        municipalityId\n        unitId\n        unit {\n          id\n          name\n        }\n        minLevel\n        amount {\n          ...GapFigure\n        }\n      }\n      to {\n        requirementId\n        municipalityId\n        unitId\n        unit {\n          id\n          name\n        }\n        minLevel\n        priority\n        amount {\n          ...GapFigure\n        }\n      }\n      transferable {\n        ...GapFigure\n      }\n    }\n  }\n": typeof types.MobilisationOptionsDocument,
    "\n  query RetirementWave($filter: RetirementWaveFilter) {\n    retirementWave(filter: $filter) {\n      retirementAge\n      years\n      suppressionApplied\n      competences {\n        ...RetirementSeriesFields\n      }\n      professions {\n        ...RetirementSeriesFields\n      }\n    }\n  }\n\n  fragment RetirementSeriesFields on RetirementSeries {\n    key\n    competenceId\n    competence {\n      id\n      name\n    }\n    minLevel\n    professionCode\n    professionName\n    current {\n      ...GapFigure\n    }\n    leaving {\n      year\n      headcount {\n        ...GapFigure\n      }\n    }\n    leavingTotal {\n      ...GapFigure\n    }\n  }\n": typeof types.RetirementWaveDocument,
    "\n  query StaffingGaps($filter: GapFilter) {\n    staffingGaps(filter: $filter) {\n      staffingRequirementId\n      horizon\n      horizonDate\n      professionCode\n      professionName\n      requiredFte\n      priority\n      unit {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      staffHeadcount {\n        ...GapFigure\n      }\n      staffFte {\n        ...GapFigure\n      }\n      gap {\n        ...GapFigure\n      }\n      coverage {\n        ...GapFigure\n      }\n    }\n  }\n": typeof types.StaffingGapsDocument,
    "\n  query ImportColumns($kind: ImportKind!) {\n    importColumns(kind: $kind) {\n      field\n      header\n      required\n      alsoAccepted\n      description\n      example\n    }\n  }\n": typeof types.ImportColumnsDocument,
    "\n  fragment ImportRunFields on ImportRun {\n    id\n    kind\n    fileName\n    viaCommandLine\n    appliedAt\n    appliedByName\n    unitName\n    created\n    updated\n    unchanged\n    deactivated\n    undoableUntil\n    undoneAt\n    undoneByName\n    undoStatus\n    undoBlockedReason\n  }\n": typeof types.ImportRunFieldsFragmentDoc,
    "\n  query ImportRuns($municipalityId: ID!) {\n    importRuns(municipalityId: $municipalityId, first: 20) {\n      ...ImportRunFields\n    }\n  }\n": typeof types.ImportRunsDocument,
    "\n  mutation UndoImportRun($runId: ID!) {\n    undoImportRun(runId: $runId) {\n      employeesRestored\n      employeesRemoved\n      qualificationsRemoved\n      assessmentsRemoved\n      run {\n        ...ImportRunFields\n      }\n    }\n  }\n": typeof types.UndoImportRunDocument,
    "\n  query KostraComparison($municipalityId: ID!) {\n    kostraComparison(municipalityId: $municipalityId) {\n      municipalityId\n      municipalityName\n      kostraGroup\n      regionNote\n      indicators {\n        indicator {\n          code\n          label\n          unit\n          decimals\n          tableId\n          notes\n        }\n        years\n        series {\n          kind\n          code\n          label\n          computed\n          points {\n            year\n            value\n            status\n            basis\n          }\n        }\n      }\n    }\n  }\n": typeof types.KostraComparisonDocument,
    "\n  query KostraOwnFigure($municipalityId: ID!) {\n    kostraOwnFigure(municipalityId: $municipalityId) {\n      municipalityId\n      indicatorCode\n      asOf\n      ownValue\n      suppressed\n      ownFte\n      ssbYear\n      ssbValue\n      ssbStatus\n      decimals\n      explanation\n    }\n  }\n": typeof types.KostraOwnFigureDocument,
    "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n": typeof types.AddUnitDocument,
    "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n": typeof types.OrganisationUnitFragmentDoc,
    "\n  query MeasureSignUps($measureId: ID!) {\n    measureSignUps(measureId: $measureId) {\n      measureId\n      places\n      taken\n      free\n      municipalities {\n        municipalityId\n        municipalityName\n        share\n        free\n        signedUp {\n          value\n          rounded\n        }\n        completed {\n          value\n          rounded\n        }\n        notCompleted {\n          value\n          rounded\n        }\n        withdrawn {\n          value\n          rounded\n        }\n      }\n    }\n  }\n": typeof types.MeasureSignUpsDocument,
    "\n  fragment MeasureParticipantFields on MeasureParticipant {\n    id\n    measureId\n    employeeId\n    fullName\n    municipalityId\n    municipalityName\n    unitId\n    unitName\n    status\n    outcomeOn\n    developmentItemId\n    version\n  }\n": typeof types.MeasureParticipantFieldsFragmentDoc,
    "\n  query MeasureParticipants($measureId: ID!) {\n    measureParticipants(measureId: $measureId) {\n      ...MeasureParticipantFields\n    }\n    proposedParticipants(measureId: $measureId) {\n      employeeId\n      fullName\n      unitName\n      municipalityId\n      reason\n      competenceName\n      targetLevel\n      expiresOn\n      developmentItemId\n    }\n  }\n": typeof types.MeasureParticipantsDocument,
    "\n  mutation SignUpParticipants($input: SignUpParticipantsInput!) {\n    signUpParticipants(input: $input) {\n      ...MeasureParticipantFields\n    }\n  }\n": typeof types.SignUpParticipantsDocument,
    "\n  mutation WithdrawParticipant($input: WithdrawParticipantInput!) {\n    withdrawParticipant(input: $input) {\n      ...MeasureParticipantFields\n    }\n  }\n": typeof types.WithdrawParticipantDocument,
    "\n  mutation RecordParticipantOutcomes($input: RecordParticipantOutcomesInput!) {\n    recordParticipantOutcomes(input: $input) {\n      completed\n      notCompleted\n      unchanged\n      assessmentsAdded\n      qualificationsAdded\n    }\n  }\n": typeof types.RecordParticipantOutcomesDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.CreateActionPlanDocument,
    "\n  mutation AdoptActionPlan($id: ID!, $version: Int!, $adoptedOn: String!) {\n    adoptActionPlan(id: $id, version: $version, adoptedOn: $adoptedOn) {\n      ...PlanFields\n    }\n  }\n": typeof types.AdoptActionPlanDocument,
    "\n  mutation CloseActionPlan($id: ID!, $version: Int!) {\n    closeActionPlan(id: $id, version: $version) {\n      ...PlanFields\n    }\n  }\n": typeof types.CloseActionPlanDocument,
    "\n  mutation ReopenActionPlan($id: ID!, $version: Int!) {\n    reopenActionPlan(id: $id, version: $version) {\n      ...PlanFields\n    }\n  }\n": typeof types.ReopenActionPlanDocument,
    "\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n": typeof types.CreateMeasureDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  mutation ChangeMeasureStatus($input: ChangeMeasureStatusInput!) {\n    changeMeasureStatus(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n": typeof types.ChangeMeasureStatusDocument,
    "\n  fragment PlanFields on ActionPlan {\n    id\n    level\n    municipalityId\n    unitId\n    municipality {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    year\n    half\n    periodLabel\n    startsOn\n    endsOn\n    title\n    status\n    adoptedOn\n    adoptedByName\n    version\n    updatedAt\n    totals {\n      measures\n      cancelledMeasures\n      places\n      participants\n      cost\n      funding {\n        source\n        amount\n      }\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment PlanMeasureSummary on PlanMeasure {\n    id\n    planId\n    title\n    strategy\n    kind\n    owner\n    places\n    startsOn\n    endsOn\n    status\n    cost\n    participantCount\n  }\n": typeof types.PlanMeasureSummaryFragmentDoc,
    "\n  fragment PlanMeasureFields on PlanMeasure {\n    ...PlanMeasureSummary\n    municipalityId\n    unitId\n    description\n    provider\n    providerName\n    targetGroup\n    hours\n    awardsCertificate\n    allowedTransitions\n    lendingUnitId\n    lendingUnit {\n      id\n      name\n    }\n    funding {\n      source\n      amount\n    }\n    targets {\n      competenceId\n      competence {\n        id\n        name\n      }\n      level\n      requirementId\n    }\n    shares {\n      municipalityId\n      municipality {\n        id\n        name\n      }\n      places\n    }\n    teachers {\n      municipalityId\n      municipality {\n        id\n        name\n      }\n      competenceId\n      competence {\n        id\n        name\n      }\n      employeeId\n      name\n      unitName\n    }\n    plan {\n      ...PlanFields\n    }\n    version\n    updatedAt\n  }\n": typeof types.PlanMeasureFieldsFragmentDoc,
    "\n  query ActionPlans($filter: ActionPlanFilter) {\n    actionPlans(filter: $filter) {\n      ...PlanFields\n      measures {\n        ...PlanMeasureSummary\n      }\n    }\n  }\n": typeof types.ActionPlansDocument,
    "\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n": typeof types.ActionPlanDocument,
    "\n  query PlanMeasure($id: ID!) {\n    measure(id: $id) {\n      ...PlanMeasureFields\n    }\n  }\n": typeof types.PlanMeasureDocument,
    "\n  fragment MeasureDraftFields on MeasureDraft {\n    plan {\n      planId\n      level\n      municipalityId\n      unitId\n      year\n      half\n      periodLabel\n    }\n    title\n    description\n    strategy\n    kind\n    provider\n    targetGroup\n    places\n    startsOn\n    endsOn\n    awardsCertificate\n    lendingUnitId\n    expiringCount\n    targets {\n      competenceId\n      competence {\n        id\n        name\n      }\n      level\n      requirementId\n    }\n  }\n": typeof types.MeasureDraftFieldsFragmentDoc,
    "\n  query MeasureDraftFromGap($requirementId: ID!, $places: Int) {\n    measureDraftFromGap(requirementId: $requirementId, places: $places) {\n      ...MeasureDraftFields\n    }\n  }\n": typeof types.MeasureDraftFromGapDocument,
    "\n  query MeasureDraftFromMobilisation($input: MobilisationDraftInput!, $places: Int) {\n    measureDraftFromMobilisation(input: $input, places: $places) {\n      ...MeasureDraftFields\n    }\n  }\n": typeof types.MeasureDraftFromMobilisationDocument,
    "\n  query MeasureDraftFromCertificates($input: ExpiringCertificatesDraftInput!) {\n    measureDraftFromExpiringCertificates(input: $input) {\n      ...MeasureDraftFields\n    }\n  }\n": typeof types.MeasureDraftFromCertificatesDocument,
    "\n  mutation CreateRequirement($input: CreateRequirementInput!) {\n    createRequirement(input: $input) {\n      ...RequirementFields\n    }\n  }\n": typeof types.CreateRequirementDocument,
    "\n  mutation UpdateRequirement($input: UpdateRequirementInput!) {\n    updateRequirement(input: $input) {\n      ...RequirementFields\n    }\n  }\n": typeof types.UpdateRequirementDocument,
    "\n  mutation DeleteRequirement($id: ID!, $version: Int!) {\n    deleteRequirement(id: $id, version: $version)\n  }\n": typeof types.DeleteRequirementDocument,
    "\n  mutation CreateStaffingRequirement($input: CreateStaffingRequirementInput!) {\n    createStaffingRequirement(input: $input) {\n      ...StaffingRequirementFields\n    }\n  }\n": typeof types.CreateStaffingRequirementDocument,
    "\n  mutation UpdateStaffingRequirement($input: UpdateStaffingRequirementInput!) {\n    updateStaffingRequirement(input: $input) {\n      ...StaffingRequirementFields\n    }\n  }\n": typeof types.UpdateStaffingRequirementDocument,
    "\n  mutation DeleteStaffingRequirement($id: ID!, $version: Int!) {\n    deleteStaffingRequirement(id: $id, version: $version)\n  }\n": typeof types.DeleteStaffingRequirementDocument,
    "\n  mutation CopyRequirements($input: CopyRequirementsInput!) {\n    copyRequirements(input: $input) {\n      created\n      updated\n      skipped\n      targetUnitIds\n    }\n  }\n": typeof types.CopyRequirementsDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    unitId\n    municipalityId\n    unit {\n      id\n      name\n    }\n    competenceId\n    competence {\n      id\n      name\n      area\n    }\n    minLevel\n    required\n    measure\n    horizon\n    horizonDate\n    targetDate\n    priority\n    rationaleKind\n    rationale\n    reference\n    templateId\n    updatedAt\n    version\n  }\n": typeof types.RequirementFieldsFragmentDoc,
    "\n  fragment StaffingRequirementFields on StaffingRequirement {\n    id\n    unitId\n    municipalityId\n    unit {\n      id\n      name\n    }\n    professionCode\n    professionName\n    requiredFte\n    horizon\n    horizonDate\n    targetDate\n    priority\n    rationaleKind\n    rationale\n    reference\n    templateId\n    updatedAt\n    version\n  }\n": typeof types.StaffingRequirementFieldsFragmentDoc,
    "\n  query Requirements($filter: RequirementFilter) {\n    requirements(filter: $filter) {\n      ...RequirementFields\n    }\n    staffingRequirements(filter: $filter) {\n      ...StaffingRequirementFields\n    }\n  }\n": typeof types.RequirementsDocument,
    "\n  query Requirement($id: ID!) {\n    requirement(id: $id) {\n      ...RequirementFields\n    }\n  }\n": typeof types.RequirementDocument,
    "\n  query RequirementProfessions {\n    professions {\n      code\n      name\n    }\n  }\n": typeof types.RequirementProfessionsDocument,
    "\n  query StaffingRequirements($filter: RequirementFilter) {\n    staffingRequirements(filter: $filter) {\n      ...StaffingRequirementFields\n    }\n  }\n": typeof types.StaffingRequirementsDocument,
};
const documents: Documents = {
    "\n  fragment AdminUserFields on AdminUser {\n    id\n    email\n    name\n    active\n    hasPassword\n    version\n    roles {\n      id\n      role\n      municipalityId\n      unitId\n      scopeName\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AssignRoleDocument,
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorEmail\n      action\n      entityType\n      entityId\n      employeeId\n      employeeCount\n      municipalityId\n      unitId\n      sessionId\n      address\n      before\n      after\n      details\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  fragment RegionSettingsFields on RegionSettings {\n    id\n    name\n    minGroupSize\n    retirementAge\n    sessionIdleMinutes\n    sessionAbsoluteHours\n  }\n": types.RegionSettingsFieldsFragmentDoc,
    "\n  query RegionSettings {\n    regionSettings {\n      ...RegionSettingsFields\n    }\n  }\n": types.RegionSettingsDocument,
    "\n  mutation RemoveRole($roleAssignmentId: ID!) {\n    removeRole(roleAssignmentId: $roleAssignmentId) {\n      ...AdminUserFields\n    }\n  }\n": types.RemoveRoleDocument,
    "\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      ...RegionSettingsFields\n    }\n  }\n": types.UpdateRegionSettingsDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AmendAppraisal($input: AmendAppraisalInput!) {\n    amendAppraisal(input: $input) {\n      ...AppraisalRecordFields\n    }\n  }\n": types.AmendAppraisalDocument,
    "\n  query AppraisalCatalogue {\n    competences {\n      ...AppraisalCompetenceFields\n    }\n  }\n": types.AppraisalCatalogueDocument,
    "\n  fragment AppraisalCompetenceFields on Competence {\n    id\n    name\n    area\n    active\n    scale {\n      level\n      name\n      description\n    }\n  }\n": types.AppraisalCompetenceFieldsFragmentDoc,
    "\n  fragment AppraisalContentFields on AppraisalContent {\n    heldOn\n    selfDeclarations {\n      competenceId\n      level\n      leaderConfirms\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    hrRegistrationsChecked\n    hrRegistrationsComment\n    potentialUsed\n    potentialNeeds\n    teachingTopicIds\n    teachingTopics {\n      ...AppraisalCompetenceFields\n    }\n    teachingConsent\n    developmentWishes {\n      competenceId\n      targetLevel\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    preferredWays\n    careerPlan\n    careerTargetRole\n    agreedActions {\n      description\n      dueOn\n      competenceId\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    leaderAssessments {\n      competenceId\n      level\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n  }\n": types.AppraisalContentFieldsFragmentDoc,
    "\n  fragment AppraisalCycleFields on AppraisalCycle {\n    id\n    name\n    opensOn\n    closesOn\n    status\n    version\n    municipalityId\n    municipality {\n      id\n      name\n    }\n  }\n": types.AppraisalCycleFieldsFragmentDoc,
    "\n  query AppraisalCycles($municipalityId: ID) {\n    appraisalCycles(municipalityId: $municipalityId) {\n      ...AppraisalCycleFields\n    }\n  }\n": types.AppraisalCyclesDocument,
    "\n  query AppraisalDraft($employeeId: ID!, $cycleId: ID) {\n    appraisalDraft(employeeId: $employeeId, cycleId: $cycleId) {\n      employeeId\n      employee {\n        id\n        fullName\n        positionTitle\n        active\n        unit {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      cycle {\n        ...AppraisalCycleFields\n      }\n      appraisal {\n        ...AppraisalRecordFields\n      }\n      content {\n        ...AppraisalContentFields\n      }\n      previous {\n        id\n        completedAt\n        completedByName\n        cycle {\n          id\n          name\n        }\n        content {\n          ...AppraisalContentFields\n        }\n      }\n    }\n  }\n": types.AppraisalDraftDocument,
    "\n  query AppraisalProgress($cycleId: ID, $dueWithinDays: Int!) {\n    appraisalProgress(cycleId: $cycleId, dueWithinDays: $dueWithinDays) {\n      scopeName\n      unitId\n      municipalityId\n      employeeCount\n      completedCount\n      draftCount\n      notStartedCount\n      completedShare\n      overdue\n      daysUntilClose\n      pacePerWeek\n      cycle {\n        ...AppraisalCycleFields\n      }\n      pending {\n        employeeId\n        appraisalId\n        status\n        overdue\n        urgency\n        employee {\n          id\n          fullName\n          positionTitle\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AppraisalProgressDocument,
    "\n  fragment AppraisalRecordFields on Appraisal {\n    id\n    employeeId\n    cycleId\n    status\n    version\n    createdAt\n    updatedAt\n    updatedByName\n    completedAt\n    completedByName\n    content {\n      ...AppraisalContentFields\n    }\n    amendments {\n      id\n      note\n      amendedAt\n      amendedByName\n    }\n  }\n": types.AppraisalRecordFieldsFragmentDoc,
    "\n  fragment AppraisalFigureFields on AppraisalFigure {\n    value\n    suppressed\n    reasonCode\n    reason\n    rounded\n  }\n": types.AppraisalFigureFieldsFragmentDoc,
    "\n  query AppraisalStatistics($unitId: ID, $municipalityId: ID) {\n    appraisalStatistics(unitId: $unitId, municipalityId: $municipalityId) {\n      level\n      scopeId\n      scopeName\n      exact\n      minGroupSize\n      completedShare\n      cycles {\n        id\n        name\n        status\n        municipality {\n          id\n          name\n        }\n      }\n      employees {\n        ...AppraisalFigureFields\n      }\n      completed {\n        ...AppraisalFigureFields\n      }\n      breakdown {\n        id\n        name\n        completedShare\n        employees {\n          ...AppraisalFigureFields\n        }\n        completed {\n          ...AppraisalFigureFields\n        }\n      }\n      wishedCompetences {\n        competenceId\n        competence {\n          id\n          name\n        }\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n      preferredWays {\n        way\n        name\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n      teachingTopics {\n        competenceId\n        competence {\n          id\n          name\n        }\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n    }\n  }\n": types.AppraisalStatisticsDocument,
    "\n  query AppraisalSummary($id: ID!) {\n    appraisalSummary(id: $id) {\n      appraisalId\n      title\n      statusText\n      employeeName\n      unitName\n      municipalityName\n      cycleName\n      sections {\n        heading\n        lines\n      }\n    }\n  }\n": types.AppraisalSummaryDocument,
    "\n  query Appraisals($filter: AppraisalFilter) {\n    appraisals(filter: $filter) {\n      id\n      employeeId\n      status\n      completedAt\n      completedByName\n      employee {\n        id\n        fullName\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AppraisalsDocument,
    "\n  mutation CompleteAppraisal($input: CompleteAppraisalInput!) {\n    completeAppraisal(input: $input) {\n      ...AppraisalRecordFields\n    }\n  }\n": types.CompleteAppraisalDocument,
    "\n  mutation CreateAppraisalCycle($input: CreateAppraisalCycleInput!) {\n    createAppraisalCycle(input: $input) {\n      ...AppraisalCycleFields\n    }\n  }\n": types.CreateAppraisalCycleDocument,
    "\n  mutation DiscardAppraisalDraft($id: ID!, $version: Int!) {\n    discardAppraisalDraft(id: $id, version: $version)\n  }\n": types.DiscardAppraisalDraftDocument,
    "\n  mutation SaveAppraisalDraft($input: SaveAppraisalDraftInput!) {\n    saveAppraisalDraft(input: $input) {\n      id\n      version\n      status\n      updatedAt\n      updatedByName\n    }\n  }\n": types.SaveAppraisalDraftDocument,
    "\n  query TeachingDirectory($competenceId: ID, $municipalityId: ID) {\n    teachingDirectory(competenceId: $competenceId, municipalityId: $municipalityId) {\n      competenceId\n      competence {\n        id\n        name\n        area\n      }\n      people {\n        employeeId\n        name\n        unitId\n        unitName\n        municipalityName\n      }\n      anonymous {\n        ...AppraisalFigureFields\n      }\n    }\n  }\n": types.TeachingDirectoryDocument,
    "\n  mutation UpdateAppraisalCycle($input: UpdateAppraisalCycleInput!) {\n    updateAppraisalCycle(input: $input) {\n      ...AppraisalCycleFields\n    }\n  }\n": types.UpdateAppraisalCycleDocument,
    "\n  fragment CurrentUser on Me {\n    id\n    email\n    name\n    regionId\n    roles {\n      role\n      municipalityId\n      unitId\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      me {\n        ...CurrentUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  query CompetenceAreas {\n    competenceAreas\n  }\n": types.CompetenceAreasDocument,
    "\n  fragment CompetenceFields on Competence {\n    id\n    name\n    description\n    buildingBlock\n    area\n    tags\n    scale {\n      level\n      description\n    }\n    validityMonths\n    active\n    version\n  }\n": types.CompetenceFieldsFragmentDoc,
    "\n  query Competence($id: ID!) {\n    competence(id: $id) {\n      ...CompetenceFields\n    }\n  }\n": types.CompetenceDocument,
    "\n  query Competences($filter: CompetenceFilter) {\n    competences(filter: $filter) {\n      ...CompetenceFields\n    }\n  }\n": types.CompetencesDocument,
    "\n  mutation CreateCompetence($input: CreateCompetenceInput!) {\n    createCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": types.CreateCompetenceDocument,
    "\n  mutation UpdateCompetence($input: UpdateCompetenceInput!) {\n    updateCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": types.UpdateCompetenceDocument,
    "\n  mutation AddQualification($input: AddQualificationInput!) {\n    addQualification(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddQualificationDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    competence {\n      id\n      name\n    }\n    level\n    source\n    evidence\n    assessedOn\n    validUntil\n    assessedByName\n    confirmedAt\n    createdAt\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  mutation ConfirmAssessment($id: ID!) {\n    confirmAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.ConfirmAssessmentDocument,
    "\n  fragment EmployeeSummary on Employee {\n    id\n    employeeNumber\n    fullName\n    positionTitle\n    fte\n    employmentType\n    active\n    profession {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n    municipality {\n      id\n      number\n      name\n    }\n  }\n": types.EmployeeSummaryFragmentDoc,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeSummary\n      givenName\n      familyName\n      birthYear\n      startDate\n      version\n      competences {\n        competence {\n          ...CompetenceFields\n        }\n        level\n        source\n        formalLevel\n        informalLevel\n        leaderLevel\n        selfDeclaredLevel\n        selfDeclaredConfirmed\n        expiresOn\n        levelValidUntil\n      }\n      qualifications {\n        id\n        kind\n        title\n        issuer\n        obtainedOn\n        expiresOn\n        competences {\n          competence {\n            id\n            name\n          }\n          level\n        }\n      }\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n": types.EmployeeDocument,
    "\n  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EmployeeSummary\n        }\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  mutation EraseEmployee($employeeId: ID!, $confirmEmployeeNumber: String!) {\n    eraseEmployee(employeeId: $employeeId, confirmEmployeeNumber: $confirmEmployeeNumber)\n  }\n": types.EraseEmployeeDocument,
    "\n  query ExportEmployeeData($employeeId: ID!) {\n    exportEmployeeData(employeeId: $employeeId)\n  }\n": types.ExportEmployeeDataDocument,
    "\n  query Professions {\n    professions {\n      code\n      name\n    }\n  }\n": types.ProfessionsDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.RecordAssessmentDocument,
    "\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    description\n    source\n    computedKind\n    kostraCode\n    unit\n    decimals\n    direction\n    target\n    countsPeople\n    measures {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n  }\n": types.IndicatorsDocument,
    "\n  query IndicatorSeries($indicatorId: ID!, $scope: EvaluationScopeInput!) {\n    indicatorSeries(indicatorId: $indicatorId, scope: $scope) {\n      ...SeriesFields\n    }\n  }\n\n  fragment SeriesFields on IndicatorSeries {\n    scopeLevel\n    scopeId\n    scopeName\n    median\n    runs\n    runsLower\n    runsUpper\n    rounded\n    canEnter\n    canSetBaseline\n    baseline {\n      kind\n      fromPeriod\n      toPeriod\n      value\n      measuredOn\n    }\n    points {\n      period\n      measuredOn\n      value\n      source\n      enteredBy\n      inBaseline\n      inSignal\n    }\n    signals {\n      kind\n      direction\n      periods\n      sentence\n    }\n    indicator {\n      ...IndicatorFields\n    }\n  }\n": types.IndicatorSeriesDocument,
    "\n  query SeptemberView($input: SeptemberViewInput!) {\n    septemberView(input: $input) {\n      indicators {\n        ...IndicatorFields\n      }\n      scopes {\n        level\n        id\n        name\n        cells {\n          indicatorId\n          baselineValue\n          currentPeriod\n          currentValue\n          change\n          improved\n          signals\n          rounded\n        }\n      }\n    }\n  }\n": types.SeptemberViewDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...SeriesFields\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation SetIndicatorBaseline($input: SetBaselineInput!) {\n    setIndicatorBaseline(input: $input) {\n      ...SeriesFields\n    }\n  }\n": types.SetIndicatorBaselineDocument,
    "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      recorded\n    }\n  }\n": types.ImportMeasurementsDocument,
    "\n  query ExpiringCertificates($filter: ExpiringCertificatesFilter) {\n    expiringCertificates(filter: $filter) {\n      from\n      to\n      months\n      suppressionApplied\n      rows {\n        unitId\n        unit {\n          id\n          name\n          municipalityId\n        }\n        cells {\n          ...GapFigure\n        }\n        total {\n          ...GapFigure\n        }\n      }\n      monthTotals {\n        ...GapFigure\n      }\n      total {\n        ...GapFigure\n      }\n    }\n  }\n": types.ExpiringCertificatesDocument,
    "\n  query GapAnalysis($filter: GapFilter, $breakdown: GapBreakdown) {\n    gapAnalysis(filter: $filter, breakdown: $breakdown) {\n      today\n      scopeId\n      scopeLevel\n      scopeName\n      breakdown\n      minGroupSize\n      retirementAge\n      suppressionApplied\n      horizons {\n        horizon\n        date\n      }\n      totals {\n        ...GapRollUpFields\n      }\n      rows {\n        ...GapRollUpFields\n      }\n      requirementGaps {\n        requirementId\n        unitId\n        municipalityId\n        unit {\n          id\n          name\n        }\n        competenceId\n        competence {\n          id\n          name\n          area\n        }\n        minLevel\n        measure\n        horizon\n        horizonDate\n        priority\n        required\n        holders {\n          ...GapFigure\n        }\n        expected {\n          ...GapFigure\n        }\n        gap {\n          ...GapFigure\n        }\n        surplus {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n    }\n  }\n": types.GapAnalysisDocument,
    "\n  fragment GapFigure on Figure {\n    value\n    suppressed\n    reason\n    reasonCode\n    rounded\n  }\n": types.GapFigureFragmentDoc,
    "\n  query GapHeatmap($filter: GapFilter, $horizon: Horizon!) {\n    gapHeatmap(filter: $filter, horizon: $horizon) {\n      horizon\n      horizonDate\n      suppressionApplied\n      rows {\n        id\n        name\n        level\n      }\n      competences {\n        id\n        name\n        area\n      }\n      cells {\n        scopeId\n        competenceId\n        measure\n        required\n        gap {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n      totals {\n        scopeId\n        competenceId\n        measure\n        required\n        gap {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n    }\n  }\n": types.GapHeatmapDocument,
    "\n  query GapHolders($requirementId: ID!, $horizon: Horizon!) {\n    requirement(id: $requirementId) {\n      id\n      unitId\n      municipalityId\n      unit {\n        id\n        name\n      }\n      competence {\n        id\n        name\n      }\n      minLevel\n      measure\n      required\n      horizon\n      priority\n    }\n    gapHolders(requirementId: $requirementId, horizon: $horizon) {\n      horizon\n      horizonDate\n      retirementAge\n      holders {\n        ...GapHolderFields\n      }\n      expected {\n        ...GapHolderFields\n      }\n    }\n    professions {\n      code\n      name\n    }\n  }\n\n  fragment GapHolderFields on GapHolder {\n    employeeId\n    fullName\n    unitId\n    unit {\n      id\n      name\n    }\n    professionCode\n    fte\n    level\n    validUntil\n  }\n": types.GapHoldersDocument,
    "\n  fragment GapRollUpFields on GapRollUp {\n    scopeId\n    scopeLevel\n    municipalityId\n    unitId\n    municipality {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    competenceId\n    competence {\n      id\n      name\n      area\n    }\n    measure\n    horizon\n    horizonDate\n    priority\n    required\n    requirementCount\n    gap {\n      ...GapFigure\n    }\n    covered {\n      ...GapFigure\n    }\n    expected {\n      ...GapFigure\n    }\n    surplus {\n      ...GapFigure\n    }\n    coverage {\n      ...GapFigure\n    }\n  }\n": types.GapRollUpFieldsFragmentDoc,
    "\n  query MobilisationOptions($filter: GapFilter) {\n    mobilisationOptions(filter: $filter) {\n      competenceId\n      competence {\n        id\n        name\n      }\n      horizon\n      measure\n      from {\n        requirementId\n        municipalityId\n        unitId\n        unit {\n          id\n          name\n        }\n        minLevel\n        amount {\n          ...GapFigure\n        }\n      }\n      to {\n        requirementId\n        municipalityId\n        unitId\n        unit {\n          id\n          name\n        }\n        minLevel\n        priority\n        amount {\n          ...GapFigure\n        }\n      }\n      transferable {\n        ...GapFigure\n      }\n    }\n  }\n": types.MobilisationOptionsDocument,
    "\n  query RetirementWave($filter: RetirementWaveFilter) {\n    retirementWave(filter: $filter) {\n      retirementAge\n      years\n      suppressionApplied\n      competences {\n        ...RetirementSeriesFields\n      }\n      professions {\n        ...RetirementSeriesFields\n      }\n    }\n  }\n\n  fragment RetirementSeriesFields on RetirementSeries {\n    key\n    competenceId\n    competence {\n      id\n      name\n    }\n    minLevel\n    professionCode\n    professionName\n    current {\n      ...GapFigure\n    }\n    leaving {\n      year\n      headcount {\n        ...GapFigure\n      }\n    }\n    leavingTotal {\n      ...GapFigure\n    }\n  }\n": types.RetirementWaveDocument,
    "\n  query StaffingGaps($filter: GapFilter) {\n    staffingGaps(filter: $filter) {\n      staffingRequirementId\n      horizon\n      horizonDate\n      professionCode\n      professionName\n      requiredFte\n      priority\n      unit {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      staffHeadcount {\n        ...GapFigure\n      }\n      staffFte {\n        ...GapFigure\n      }\n      gap {\n        ...GapFigure\n      }\n      coverage {\n        ...GapFigure\n      }\n    }\n  }\n": types.StaffingGapsDocument,
    "\n  query ImportColumns($kind: ImportKind!) {\n    importColumns(kind: $kind) {\n      field\n      header\n      required\n      alsoAccepted\n      description\n      example\n    }\n  }\n": types.ImportColumnsDocument,
    "\n  fragment ImportRunFields on ImportRun {\n    id\n    kind\n    fileName\n    viaCommandLine\n    appliedAt\n    appliedByName\n    unitName\n    created\n    updated\n    unchanged\n    deactivated\n    undoableUntil\n    undoneAt\n    undoneByName\n    undoStatus\n    undoBlockedReason\n  }\n": types.ImportRunFieldsFragmentDoc,
    "\n  query ImportRuns($municipalityId: ID!) {\n    importRuns(municipalityId: $municipalityId, first: 20) {\n      ...ImportRunFields\n    }\n  }\n": types.ImportRunsDocument,
    "\n  mutation UndoImportRun($runId: ID!) {\n    undoImportRun(runId: $runId) {\n      employeesRestored\n      employeesRemoved\n      qualificationsRemoved\n      assessmentsRemoved\n      run {\n        ...ImportRunFields\n      }\n    }\n  }\n": types.UndoImportRunDocument,
    "\n  query KostraComparison($municipalityId: ID!) {\n    kostraComparison(municipalityId: $municipalityId) {\n      municipalityId\n      municipalityName\n      kostraGroup\n      regionNote\n      indicators {\n        indicator {\n          code\n          label\n          unit\n          decimals\n          tableId\n          notes\n        }\n        years\n        series {\n          kind\n          code\n          label\n          computed\n          points {\n            year\n            value\n            status\n            basis\n          }\n        }\n      }\n    }\n  }\n": types.KostraComparisonDocument,
    "\n  query KostraOwnFigure($municipalityId: ID!) {\n    kostraOwnFigure(municipalityId: $municipalityId) {\n      municipalityId\n      indicatorCode\n      asOf\n      ownValue\n      suppressed\n      ownFte\n      ssbYear\n      ssbValue\n      ssbStatus\n      decimals\n      explanation\n    }\n  }\n": types.KostraOwnFigureDocument,
    "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n": types.AddUnitDocument,
    "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n": types.OrganisationUnitFragmentDoc,
    "\n  query MeasureSignUps($measureId: ID!) {\n    measureSignUps(measureId: $measureId) {\n      measureId\n      places\n      taken\n      free\n      municipalities {\n        municipalityId\n        municipalityName\n        share\n        free\n        signedUp {\n          value\n          rounded\n        }\n        completed {\n          value\n          rounded\n        }\n        notCompleted {\n          value\n          rounded\n        }\n        withdrawn {\n          value\n          rounded\n        }\n      }\n    }\n  }\n": types.MeasureSignUpsDocument,
    "\n  fragment MeasureParticipantFields on MeasureParticipant {\n    id\n    measureId\n    employeeId\n    fullName\n    municipalityId\n    municipalityName\n    unitId\n    unitName\n    status\n    outcomeOn\n    developmentItemId\n    version\n  }\n": types.MeasureParticipantFieldsFragmentDoc,
    "\n  query MeasureParticipants($measureId: ID!) {\n    measureParticipants(measureId: $measureId) {\n      ...MeasureParticipantFields\n    }\n    proposedParticipants(measureId: $measureId) {\n      employeeId\n      fullName\n      unitName\n      municipalityId\n      reason\n      competenceName\n      targetLevel\n      expiresOn\n      developmentItemId\n    }\n  }\n": types.MeasureParticipantsDocument,
    "\n  mutation SignUpParticipants($input: SignUpParticipantsInput!) {\n    signUpParticipants(input: $input) {\n      ...MeasureParticipantFields\n    }\n  }\n": types.SignUpParticipantsDocument,
    "\n  mutation WithdrawParticipant($input: WithdrawParticipantInput!) {\n    withdrawParticipant(input: $input) {\n      ...MeasureParticipantFields\n    }\n  }\n": types.WithdrawParticipantDocument,
    "\n  mutation RecordParticipantOutcomes($input: RecordParticipantOutcomesInput!) {\n    recordParticipantOutcomes(input: $input) {\n      completed\n      notCompleted\n      unchanged\n      assessmentsAdded\n      qualificationsAdded\n    }\n  }\n": types.RecordParticipantOutcomesDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.CreateActionPlanDocument,
    "\n  mutation AdoptActionPlan($id: ID!, $version: Int!, $adoptedOn: String!) {\n    adoptActionPlan(id: $id, version: $version, adoptedOn: $adoptedOn) {\n      ...PlanFields\n    }\n  }\n": types.AdoptActionPlanDocument,
    "\n  mutation CloseActionPlan($id: ID!, $version: Int!) {\n    closeActionPlan(id: $id, version: $version) {\n      ...PlanFields\n    }\n  }\n": types.CloseActionPlanDocument,
    "\n  mutation ReopenActionPlan($id: ID!, $version: Int!) {\n    reopenActionPlan(id: $id, version: $version) {\n      ...PlanFields\n    }\n  }\n": types.ReopenActionPlanDocument,
    "\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n": types.CreateMeasureDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  mutation ChangeMeasureStatus($input: ChangeMeasureStatusInput!) {\n    changeMeasureStatus(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n": types.ChangeMeasureStatusDocument,
    "\n  fragment PlanFields on ActionPlan {\n    id\n    level\n    municipalityId\n    unitId\n    municipality {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    year\n    half\n    periodLabel\n    startsOn\n    endsOn\n    title\n    status\n    adoptedOn\n    adoptedByName\n    version\n    updatedAt\n    totals {\n      measures\n      cancelledMeasures\n      places\n      participants\n      cost\n      funding {\n        source\n        amount\n      }\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment PlanMeasureSummary on PlanMeasure {\n    id\n    planId\n    title\n    strategy\n    kind\n    owner\n    places\n    startsOn\n    endsOn\n    status\n    cost\n    participantCount\n  }\n": types.PlanMeasureSummaryFragmentDoc,
    "\n  fragment PlanMeasureFields on PlanMeasure {\n    ...PlanMeasureSummary\n    municipalityId\n    unitId\n    description\n    provider\n    providerName\n    targetGroup\n    hours\n    awardsCertificate\n    allowedTransitions\n    lendingUnitId\n    lendingUnit {\n      id\n      name\n    }\n    funding {\n      source\n      amount\n    }\n    targets {\n      competenceId\n      competence {\n        id\n        name\n      }\n      level\n      requirementId\n    }\n    shares {\n      municipalityId\n      municipality {\n        id\n        name\n      }\n      places\n    }\n    teachers {\n      municipalityId\n      municipality {\n        id\n        name\n      }\n      competenceId\n      competence {\n        id\n        name\n      }\n      employeeId\n      name\n      unitName\n    }\n    plan {\n      ...PlanFields\n    }\n    version\n    updatedAt\n  }\n": types.PlanMeasureFieldsFragmentDoc,
    "\n  query ActionPlans($filter: ActionPlanFilter) {\n    actionPlans(filter: $filter) {\n      ...PlanFields\n      measures {\n        ...PlanMeasureSummary\n      }\n    }\n  }\n": types.ActionPlansDocument,
    "\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n": types.ActionPlanDocument,
    "\n  query PlanMeasure($id: ID!) {\n    measure(id: $id) {\n      ...PlanMeasureFields\n    }\n  }\n": types.PlanMeasureDocument,
    "\n  fragment MeasureDraftFields on MeasureDraft {\n    plan {\n      planId\n      level\n      municipalityId\n      unitId\n      year\n      half\n      periodLabel\n    }\n    title\n    description\n    strategy\n    kind\n    provider\n    targetGroup\n    places\n    startsOn\n    endsOn\n    awardsCertificate\n    lendingUnitId\n    expiringCount\n    targets {\n      competenceId\n      competence {\n        id\n        name\n      }\n      level\n      requirementId\n    }\n  }\n": types.MeasureDraftFieldsFragmentDoc,
    "\n  query MeasureDraftFromGap($requirementId: ID!, $places: Int) {\n    measureDraftFromGap(requirementId: $requirementId, places: $places) {\n      ...MeasureDraftFields\n    }\n  }\n": types.MeasureDraftFromGapDocument,
    "\n  query MeasureDraftFromMobilisation($input: MobilisationDraftInput!, $places: Int) {\n    measureDraftFromMobilisation(input: $input, places: $places) {\n      ...MeasureDraftFields\n    }\n  }\n": types.MeasureDraftFromMobilisationDocument,
    "\n  query MeasureDraftFromCertificates($input: ExpiringCertificatesDraftInput!) {\n    measureDraftFromExpiringCertificates(input: $input) {\n      ...MeasureDraftFields\n    }\n  }\n": types.MeasureDraftFromCertificatesDocument,
    "\n  mutation CreateRequirement($input: CreateRequirementInput!) {\n    createRequirement(input: $input) {\n      ...RequirementFields\n    }\n  }\n": types.CreateRequirementDocument,
    "\n  mutation UpdateRequirement($input: UpdateRequirementInput!) {\n    updateRequirement(input: $input) {\n      ...RequirementFields\n    }\n  }\n": types.UpdateRequirementDocument,
    "\n  mutation DeleteRequirement($id: ID!, $version: Int!) {\n    deleteRequirement(id: $id, version: $version)\n  }\n": types.DeleteRequirementDocument,
    "\n  mutation CreateStaffingRequirement($input: CreateStaffingRequirementInput!) {\n    createStaffingRequirement(input: $input) {\n      ...StaffingRequirementFields\n    }\n  }\n": types.CreateStaffingRequirementDocument,
    "\n  mutation UpdateStaffingRequirement($input: UpdateStaffingRequirementInput!) {\n    updateStaffingRequirement(input: $input) {\n      ...StaffingRequirementFields\n    }\n  }\n": types.UpdateStaffingRequirementDocument,
    "\n  mutation DeleteStaffingRequirement($id: ID!, $version: Int!) {\n    deleteStaffingRequirement(id: $id, version: $version)\n  }\n": types.DeleteStaffingRequirementDocument,
    "\n  mutation CopyRequirements($input: CopyRequirementsInput!) {\n    copyRequirements(input: $input) {\n      created\n      updated\n      skipped\n      targetUnitIds\n    }\n  }\n": types.CopyRequirementsDocument,
    "\n  fragment RequirementFields on Requirement {\n    id\n    unitId\n    municipalityId\n    unit {\n      id\n      name\n    }\n    competenceId\n    competence {\n      id\n      name\n      area\n    }\n    minLevel\n    required\n    measure\n    horizon\n    horizonDate\n    targetDate\n    priority\n    rationaleKind\n    rationale\n    reference\n    templateId\n    updatedAt\n    version\n  }\n": types.RequirementFieldsFragmentDoc,
    "\n  fragment StaffingRequirementFields on StaffingRequirement {\n    id\n    unitId\n    municipalityId\n    unit {\n      id\n      name\n    }\n    professionCode\n    professionName\n    requiredFte\n    horizon\n    horizonDate\n    targetDate\n    priority\n    rationaleKind\n    rationale\n    reference\n    templateId\n    updatedAt\n    version\n  }\n": types.StaffingRequirementFieldsFragmentDoc,
    "\n  query Requirements($filter: RequirementFilter) {\n    requirements(filter: $filter) {\n      ...RequirementFields\n    }\n    staffingRequirements(filter: $filter) {\n      ...StaffingRequirementFields\n    }\n  }\n": types.RequirementsDocument,
    "\n  query Requirement($id: ID!) {\n    requirement(id: $id) {\n      ...RequirementFields\n    }\n  }\n": types.RequirementDocument,
    "\n  query RequirementProfessions {\n    professions {\n      code\n      name\n    }\n  }\n": types.RequirementProfessionsDocument,
    "\n  query StaffingRequirements($filter: RequirementFilter) {\n    staffingRequirements(filter: $filter) {\n      ...StaffingRequirementFields\n    }\n  }\n": types.StaffingRequirementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on AdminUser {\n    id\n    email\n    name\n    active\n    hasPassword\n    version\n    roles {\n      id\n      role\n      municipalityId\n      unitId\n      scopeName\n    }\n  }\n"): typeof import('./graphql').AdminUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').AssignRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorEmail\n      action\n      entityType\n      entityId\n      employeeId\n      employeeCount\n      municipalityId\n      unitId\n      sessionId\n      address\n      before\n      after\n      details\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionSettingsFields on RegionSettings {\n    id\n    name\n    minGroupSize\n    retirementAge\n    sessionIdleMinutes\n    sessionAbsoluteHours\n  }\n"): typeof import('./graphql').RegionSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSettings {\n    regionSettings {\n      ...RegionSettingsFields\n    }\n  }\n"): typeof import('./graphql').RegionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRole($roleAssignmentId: ID!) {\n    removeRole(roleAssignmentId: $roleAssignmentId) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').RemoveRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      ...RegionSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateRegionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAppraisal($input: AmendAppraisalInput!) {\n    amendAppraisal(input: $input) {\n      ...AppraisalRecordFields\n    }\n  }\n"): typeof import('./graphql').AmendAppraisalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalCatalogue {\n    competences {\n      ...AppraisalCompetenceFields\n    }\n  }\n"): typeof import('./graphql').AppraisalCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalCompetenceFields on Competence {\n    id\n    name\n    area\n    active\n    scale {\n      level\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').AppraisalCompetenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalContentFields on AppraisalContent {\n    heldOn\n    selfDeclarations {\n      competenceId\n      level\n      leaderConfirms\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    hrRegistrationsChecked\n    hrRegistrationsComment\n    potentialUsed\n    potentialNeeds\n    teachingTopicIds\n    teachingTopics {\n      ...AppraisalCompetenceFields\n    }\n    teachingConsent\n    developmentWishes {\n      competenceId\n      targetLevel\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    preferredWays\n    careerPlan\n    careerTargetRole\n    agreedActions {\n      description\n      dueOn\n      competenceId\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n    leaderAssessments {\n      competenceId\n      level\n      competence {\n        ...AppraisalCompetenceFields\n      }\n    }\n  }\n"): typeof import('./graphql').AppraisalContentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalCycleFields on AppraisalCycle {\n    id\n    name\n    opensOn\n    closesOn\n    status\n    version\n    municipalityId\n    municipality {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AppraisalCycleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalCycles($municipalityId: ID) {\n    appraisalCycles(municipalityId: $municipalityId) {\n      ...AppraisalCycleFields\n    }\n  }\n"): typeof import('./graphql').AppraisalCyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalDraft($employeeId: ID!, $cycleId: ID) {\n    appraisalDraft(employeeId: $employeeId, cycleId: $cycleId) {\n      employeeId\n      employee {\n        id\n        fullName\n        positionTitle\n        active\n        unit {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n      cycle {\n        ...AppraisalCycleFields\n      }\n      appraisal {\n        ...AppraisalRecordFields\n      }\n      content {\n        ...AppraisalContentFields\n      }\n      previous {\n        id\n        completedAt\n        completedByName\n        cycle {\n          id\n          name\n        }\n        content {\n          ...AppraisalContentFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppraisalDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalProgress($cycleId: ID, $dueWithinDays: Int!) {\n    appraisalProgress(cycleId: $cycleId, dueWithinDays: $dueWithinDays) {\n      scopeName\n      unitId\n      municipalityId\n      employeeCount\n      completedCount\n      draftCount\n      notStartedCount\n      completedShare\n      overdue\n      daysUntilClose\n      pacePerWeek\n      cycle {\n        ...AppraisalCycleFields\n      }\n      pending {\n        employeeId\n        appraisalId\n        status\n        overdue\n        urgency\n        employee {\n          id\n          fullName\n          positionTitle\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppraisalProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalRecordFields on Appraisal {\n    id\n    employeeId\n    cycleId\n    status\n    version\n    createdAt\n    updatedAt\n    updatedByName\n    completedAt\n    completedByName\n    content {\n      ...AppraisalContentFields\n    }\n    amendments {\n      id\n      note\n      amendedAt\n      amendedByName\n    }\n  }\n"): typeof import('./graphql').AppraisalRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalFigureFields on AppraisalFigure {\n    value\n    suppressed\n    reasonCode\n    reason\n    rounded\n  }\n"): typeof import('./graphql').AppraisalFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalStatistics($unitId: ID, $municipalityId: ID) {\n    appraisalStatistics(unitId: $unitId, municipalityId: $municipalityId) {\n      level\n      scopeId\n      scopeName\n      exact\n      minGroupSize\n      completedShare\n      cycles {\n        id\n        name\n        status\n        municipality {\n          id\n          name\n        }\n      }\n      employees {\n        ...AppraisalFigureFields\n      }\n      completed {\n        ...AppraisalFigureFields\n      }\n      breakdown {\n        id\n        name\n        completedShare\n        employees {\n          ...AppraisalFigureFields\n        }\n        completed {\n          ...AppraisalFigureFields\n        }\n      }\n      wishedCompetences {\n        competenceId\n        competence {\n          id\n          name\n        }\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n      preferredWays {\n        way\n        name\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n      teachingTopics {\n        competenceId\n        competence {\n          id\n          name\n        }\n        people {\n          ...AppraisalFigureFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppraisalStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalSummary($id: ID!) {\n    appraisalSummary(id: $id) {\n      appraisalId\n      title\n      statusText\n      employeeName\n      unitName\n      municipalityName\n      cycleName\n      sections {\n        heading\n        lines\n      }\n    }\n  }\n"): typeof import('./graphql').AppraisalSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appraisals($filter: AppraisalFilter) {\n    appraisals(filter: $filter) {\n      id\n      employeeId\n      status\n      completedAt\n      completedByName\n      employee {\n        id\n        fullName\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppraisalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAppraisal($input: CompleteAppraisalInput!) {\n    completeAppraisal(input: $input) {\n      ...AppraisalRecordFields\n    }\n  }\n"): typeof import('./graphql').CompleteAppraisalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAppraisalCycle($input: CreateAppraisalCycleInput!) {\n    createAppraisalCycle(input: $input) {\n      ...AppraisalCycleFields\n    }\n  }\n"): typeof import('./graphql').CreateAppraisalCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardAppraisalDraft($id: ID!, $version: Int!) {\n    discardAppraisalDraft(id: $id, version: $version)\n  }\n"): typeof import('./graphql').DiscardAppraisalDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAppraisalDraft($input: SaveAppraisalDraftInput!) {\n    saveAppraisalDraft(input: $input) {\n      id\n      version\n      status\n      updatedAt\n      updatedByName\n    }\n  }\n"): typeof import('./graphql').SaveAppraisalDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachingDirectory($competenceId: ID, $municipalityId: ID) {\n    teachingDirectory(competenceId: $competenceId, municipalityId: $municipalityId) {\n      competenceId\n      competence {\n        id\n        name\n        area\n      }\n      people {\n        employeeId\n        name\n        unitId\n        unitName\n        municipalityName\n      }\n      anonymous {\n        ...AppraisalFigureFields\n      }\n    }\n  }\n"): typeof import('./graphql').TeachingDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAppraisalCycle($input: UpdateAppraisalCycleInput!) {\n    updateAppraisalCycle(input: $input) {\n      ...AppraisalCycleFields\n    }\n  }\n"): typeof import('./graphql').UpdateAppraisalCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on Me {\n    id\n    email\n    name\n    regionId\n    roles {\n      role\n      municipalityId\n      unitId\n    }\n  }\n"): typeof import('./graphql').CurrentUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      me {\n        ...CurrentUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetenceAreas {\n    competenceAreas\n  }\n"): typeof import('./graphql').CompetenceAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetenceFields on Competence {\n    id\n    name\n    description\n    buildingBlock\n    area\n    tags\n    scale {\n      level\n      description\n    }\n    validityMonths\n    active\n    version\n  }\n"): typeof import('./graphql').CompetenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Competence($id: ID!) {\n    competence(id: $id) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').CompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Competences($filter: CompetenceFilter) {\n    competences(filter: $filter) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').CompetencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompetence($input: CreateCompetenceInput!) {\n    createCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').CreateCompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompetence($input: UpdateCompetenceInput!) {\n    updateCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').UpdateCompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddQualification($input: AddQualificationInput!) {\n    addQualification(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AddQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    competence {\n      id\n      name\n    }\n    level\n    source\n    evidence\n    assessedOn\n    validUntil\n    assessedByName\n    confirmedAt\n    createdAt\n  }\n"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAssessment($id: ID!) {\n    confirmAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').ConfirmAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeSummary on Employee {\n    id\n    employeeNumber\n    fullName\n    positionTitle\n    fte\n    employmentType\n    active\n    profession {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n    municipality {\n      id\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').EmployeeSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeSummary\n      givenName\n      familyName\n      birthYear\n      startDate\n      version\n      competences {\n        competence {\n          ...CompetenceFields\n        }\n        level\n        source\n        formalLevel\n        informalLevel\n        leaderLevel\n        selfDeclaredLevel\n        selfDeclaredConfirmed\n        expiresOn\n        levelValidUntil\n      }\n      qualifications {\n        id\n        kind\n        title\n        issuer\n        obtainedOn\n        expiresOn\n        competences {\n          competence {\n            id\n            name\n          }\n          level\n        }\n      }\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').EmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EmployeeSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseEmployee($employeeId: ID!, $confirmEmployeeNumber: String!) {\n    eraseEmployee(employeeId: $employeeId, confirmEmployeeNumber: $confirmEmployeeNumber)\n  }\n"): typeof import('./graphql').EraseEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportEmployeeData($employeeId: ID!) {\n    exportEmployeeData(employeeId: $employeeId)\n  }\n"): typeof import('./graphql').ExportEmployeeDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Professions {\n    professions {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').ProfessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n\n  fragment IndicatorFields on Indicator {\n    id\n    name\n    description\n    source\n    computedKind\n    kostraCode\n    unit\n    decimals\n    direction\n    target\n    countsPeople\n    measures {\n      id\n      title\n      status\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').IndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeries($indicatorId: ID!, $scope: EvaluationScopeInput!) {\n    indicatorSeries(indicatorId: $indicatorId, scope: $scope) {\n      ...SeriesFields\n    }\n  }\n\n  fragment SeriesFields on IndicatorSeries {\n    scopeLevel\n    scopeId\n    scopeName\n    median\n    runs\n    runsLower\n    runsUpper\n    rounded\n    canEnter\n    canSetBaseline\n    baseline {\n      kind\n      fromPeriod\n      toPeriod\n      value\n      measuredOn\n    }\n    points {\n      period\n      measuredOn\n      value\n      source\n      enteredBy\n      inBaseline\n      inSignal\n    }\n    signals {\n      kind\n      direction\n      periods\n      sentence\n    }\n    indicator {\n      ...IndicatorFields\n    }\n  }\n"): typeof import('./graphql').IndicatorSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeptemberView($input: SeptemberViewInput!) {\n    septemberView(input: $input) {\n      indicators {\n        ...IndicatorFields\n      }\n      scopes {\n        level\n        id\n        name\n        cells {\n          indicatorId\n          baselineValue\n          currentPeriod\n          currentValue\n          change\n          improved\n          signals\n          rounded\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeptemberViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...SeriesFields\n    }\n  }\n"): typeof import('./graphql').RecordMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorBaseline($input: SetBaselineInput!) {\n    setIndicatorBaseline(input: $input) {\n      ...SeriesFields\n    }\n  }\n"): typeof import('./graphql').SetIndicatorBaselineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMeasurements($input: ImportMeasurementsInput!) {\n    importMeasurements(input: $input) {\n      recorded\n    }\n  }\n"): typeof import('./graphql').ImportMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringCertificates($filter: ExpiringCertificatesFilter) {\n    expiringCertificates(filter: $filter) {\n      from\n      to\n      months\n      suppressionApplied\n      rows {\n        unitId\n        unit {\n          id\n          name\n          municipalityId\n        }\n        cells {\n          ...GapFigure\n        }\n        total {\n          ...GapFigure\n        }\n      }\n      monthTotals {\n        ...GapFigure\n      }\n      total {\n        ...GapFigure\n      }\n    }\n  }\n"): typeof import('./graphql').ExpiringCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapAnalysis($filter: GapFilter, $breakdown: GapBreakdown) {\n    gapAnalysis(filter: $filter, breakdown: $breakdown) {\n      today\n      scopeId\n      scopeLevel\n      scopeName\n      breakdown\n      minGroupSize\n      retirementAge\n      suppressionApplied\n      horizons {\n        horizon\n        date\n      }\n      totals {\n        ...GapRollUpFields\n      }\n      rows {\n        ...GapRollUpFields\n      }\n      requirementGaps {\n        requirementId\n        unitId\n        municipalityId\n        unit {\n          id\n          name\n        }\n        competenceId\n        competence {\n          id\n          name\n          area\n        }\n        minLevel\n        measure\n        horizon\n        horizonDate\n        priority\n        required\n        holders {\n          ...GapFigure\n        }\n        expected {\n          ...GapFigure\n        }\n        gap {\n          ...GapFigure\n        }\n        surplus {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GapAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapFigure on Figure {\n    value\n    suppressed\n    reason\n    reasonCode\n    rounded\n  }\n"): typeof import('./graphql').GapFigureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapHeatmap($filter: GapFilter, $horizon: Horizon!) {\n    gapHeatmap(filter: $filter, horizon: $horizon) {\n      horizon\n      horizonDate\n      suppressionApplied\n      rows {\n        id\n        name\n        level\n      }\n      competences {\n        id\n        name\n        area\n      }\n      cells {\n        scopeId\n        competenceId\n        measure\n        required\n        gap {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n      totals {\n        scopeId\n        competenceId\n        measure\n        required\n        gap {\n          ...GapFigure\n        }\n        coverage {\n          ...GapFigure\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GapHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapHolders($requirementId: ID!, $horizon: Horizon!) {\n    requirement(id: $requirementId) {\n      id\n      unitId\n      municipalityId\n      unit {\n        id\n        name\n      }\n      competence {\n        id\n        name\n      }\n      minLevel\n      measure\n      required\n      horizon\n      priority\n    }\n    gapHolders(requirementId: $requirementId, horizon: $horizon) {\n      horizon\n      horizonDate\n      retirementAge\n      holders {\n        ...GapHolderFields\n      }\n      expected {\n        ...GapHolderFields\n      }\n    }\n    professions {\n      code\n      name\n    }\n  }\n\n  fragment GapHolderFields on GapHolder {\n    employeeId\n    fullName\n    unitId\n    unit {\n      id\n      name\n    }\n    professionCode\n    fte\n    level\n    validUntil\n  }\n"): typeof import('./graphql').GapHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapRollUpFields on GapRollUp {\n    scopeId\n    scopeLevel\n    municipalityId\n    unitId\n    municipality {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    competenceId\n    competence {\n      id\n      name\n      area\n    }\n    measure\n    horizon\n    horizonDate\n    priority\n    required\n    requirementCount\n    gap {\n      ...GapFigure\n    }\n    covered {\n      ...GapFigure\n    }\n    expected {\n      ...GapFigure\n    }\n    surplus {\n      ...GapFigure\n    }\n    coverage {\n      ...GapFigure\n    }\n  }\n"): typeof import('./graphql').GapRollUpFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MobilisationOptions($filter: GapFilter) {\n    mobilisationOptions(filter: $filter) {\n      competenceId\n      competence {\n        id\n        name\n      }\n      horizon\n      measure\n      from {\n        requirementId\n        municipalityId\n        unitId\n        unit {\n          id\n          name\n        }\n        minLevel\n        amount {\n          ...GapFigure\n        }\n      }\n      to {\n        requirementId\n        municipalityId\n        unitId\n        unit {\n          id\n          name\n        }\n        minLevel\n        priority\n        amount {\n          ...GapFigure\n        }\n      }\n      transferable {\n        ...GapFigure\n      }\n    }\n  }\n"): typeof import('./graphql').MobilisationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetirementWave($filter: RetirementWaveFilter) {\n    retirementWave(filter: $filter) {\n      retirementAge\n      years\n      suppressionApplied\n      competences {\n        ...RetirementSeriesFields\n      }\n      professions {\n        ...RetirementSeriesFields\n      }\n    }\n  }\n\n  fragment RetirementSeriesFields on RetirementSeries {\n    key\n    competenceId\n    competence {\n      id\n      name\n    }\n    minLevel\n    professionCode\n    professionName\n    current {\n      ...GapFigure\n    }\n    leaving {\n      year\n      headcount {\n        ...GapFigure\n      }\n    }\n    leavingTotal {\n      ...GapFigure\n    }\n  }\n"): typeof import('./graphql').RetirementWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingGaps($filter: GapFilter) {\n    staffingGaps(filter: $filter) {\n      staffingRequirementId\n      horizon\n      horizonDate\n      professionCode\n      professionName\n      requiredFte\n      priority\n      unit {\n        id\n        name\n      }\n      municipality {\n        id\n        name\n      }\n      staffHeadcount {\n        ...GapFigure\n      }\n      staffFte {\n        ...GapFigure\n      }\n      gap {\n        ...GapFigure\n      }\n      coverage {\n        ...GapFigure\n      }\n    }\n  }\n"): typeof import('./graphql').StaffingGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportColumns($kind: ImportKind!) {\n    importColumns(kind: $kind) {\n      field\n      header\n      required\n      alsoAccepted\n      description\n      example\n    }\n  }\n"): typeof import('./graphql').ImportColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRunFields on ImportRun {\n    id\n    kind\n    fileName\n    viaCommandLine\n    appliedAt\n    appliedByName\n    unitName\n    created\n    updated\n    unchanged\n    deactivated\n    undoableUntil\n    undoneAt\n    undoneByName\n    undoStatus\n    undoBlockedReason\n  }\n"): typeof import('./graphql').ImportRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRuns($municipalityId: ID!) {\n    importRuns(municipalityId: $municipalityId, first: 20) {\n      ...ImportRunFields\n    }\n  }\n"): typeof import('./graphql').ImportRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImportRun($runId: ID!) {\n    undoImportRun(runId: $runId) {\n      employeesRestored\n      employeesRemoved\n      qualificationsRemoved\n      assessmentsRemoved\n      run {\n        ...ImportRunFields\n      }\n    }\n  }\n"): typeof import('./graphql').UndoImportRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KostraComparison($municipalityId: ID!) {\n    kostraComparison(municipalityId: $municipalityId) {\n      municipalityId\n      municipalityName\n      kostraGroup\n      regionNote\n      indicators {\n        indicator {\n          code\n          label\n          unit\n          decimals\n          tableId\n          notes\n        }\n        years\n        series {\n          kind\n          code\n          label\n          computed\n          points {\n            year\n            value\n            status\n            basis\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KostraComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KostraOwnFigure($municipalityId: ID!) {\n    kostraOwnFigure(municipalityId: $municipalityId) {\n      municipalityId\n      indicatorCode\n      asOf\n      ownValue\n      suppressed\n      ownFte\n      ssbYear\n      ssbValue\n      ssbStatus\n      decimals\n      explanation\n    }\n  }\n"): typeof import('./graphql').KostraOwnFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n"): typeof import('./graphql').AddUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n"): typeof import('./graphql').OrganisationUnitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureSignUps($measureId: ID!) {\n    measureSignUps(measureId: $measureId) {\n      measureId\n      places\n      taken\n      free\n      municipalities {\n        municipalityId\n        municipalityName\n        share\n        free\n        signedUp {\n          value\n          rounded\n        }\n        completed {\n          value\n          rounded\n        }\n        notCompleted {\n          value\n          rounded\n        }\n        withdrawn {\n          value\n          rounded\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeasureSignUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureParticipantFields on MeasureParticipant {\n    id\n    measureId\n    employeeId\n    fullName\n    municipalityId\n    municipalityName\n    unitId\n    unitName\n    status\n    outcomeOn\n    developmentItemId\n    version\n  }\n"): typeof import('./graphql').MeasureParticipantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureParticipants($measureId: ID!) {\n    measureParticipants(measureId: $measureId) {\n      ...MeasureParticipantFields\n    }\n    proposedParticipants(measureId: $measureId) {\n      employeeId\n      fullName\n      unitName\n      municipalityId\n      reason\n      competenceName\n      targetLevel\n      expiresOn\n      developmentItemId\n    }\n  }\n"): typeof import('./graphql').MeasureParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpParticipants($input: SignUpParticipantsInput!) {\n    signUpParticipants(input: $input) {\n      ...MeasureParticipantFields\n    }\n  }\n"): typeof import('./graphql').SignUpParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawParticipant($input: WithdrawParticipantInput!) {\n    withdrawParticipant(input: $input) {\n      ...MeasureParticipantFields\n    }\n  }\n"): typeof import('./graphql').WithdrawParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParticipantOutcomes($input: RecordParticipantOutcomesInput!) {\n    recordParticipantOutcomes(input: $input) {\n      completed\n      notCompleted\n      unchanged\n      assessmentsAdded\n      qualificationsAdded\n    }\n  }\n"): typeof import('./graphql').RecordParticipantOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): typeof import('./graphql').CreateActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptActionPlan($id: ID!, $version: Int!, $adoptedOn: String!) {\n    adoptActionPlan(id: $id, version: $version, adoptedOn: $adoptedOn) {\n      ...PlanFields\n    }\n  }\n"): typeof import('./graphql').AdoptActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseActionPlan($id: ID!, $version: Int!) {\n    closeActionPlan(id: $id, version: $version) {\n      ...PlanFields\n    }\n  }\n"): typeof import('./graphql').CloseActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActionPlan($id: ID!, $version: Int!) {\n    reopenActionPlan(id: $id, version: $version) {\n      ...PlanFields\n    }\n  }\n"): typeof import('./graphql').ReopenActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n"): typeof import('./graphql').CreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n"): typeof import('./graphql').UpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMeasureStatus($input: ChangeMeasureStatusInput!) {\n    changeMeasureStatus(input: $input) {\n      ...PlanMeasureFields\n    }\n  }\n"): typeof import('./graphql').ChangeMeasureStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on ActionPlan {\n    id\n    level\n    municipalityId\n    unitId\n    municipality {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    year\n    half\n    periodLabel\n    startsOn\n    endsOn\n    title\n    status\n    adoptedOn\n    adoptedByName\n    version\n    updatedAt\n    totals {\n      measures\n      cancelledMeasures\n      places\n      participants\n      cost\n      funding {\n        source\n        amount\n      }\n    }\n  }\n"): typeof import('./graphql').PlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanMeasureSummary on PlanMeasure {\n    id\n    planId\n    title\n    strategy\n    kind\n    owner\n    places\n    startsOn\n    endsOn\n    status\n    cost\n    participantCount\n  }\n"): typeof import('./graphql').PlanMeasureSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanMeasureFields on PlanMeasure {\n    ...PlanMeasureSummary\n    municipalityId\n    unitId\n    description\n    provider\n    providerName\n    targetGroup\n    hours\n    awardsCertificate\n    allowedTransitions\n    lendingUnitId\n    lendingUnit {\n      id\n      name\n    }\n    funding {\n      source\n      amount\n    }\n    targets {\n      competenceId\n      competence {\n        id\n        name\n      }\n      level\n      requirementId\n    }\n    shares {\n      municipalityId\n      municipality {\n        id\n        name\n      }\n      places\n    }\n    teachers {\n      municipalityId\n      municipality {\n        id\n        name\n      }\n      competenceId\n      competence {\n        id\n        name\n      }\n      employeeId\n      name\n      unitName\n    }\n    plan {\n      ...PlanFields\n    }\n    version\n    updatedAt\n  }\n"): typeof import('./graphql').PlanMeasureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlans($filter: ActionPlanFilter) {\n    actionPlans(filter: $filter) {\n      ...PlanFields\n      measures {\n        ...PlanMeasureSummary\n      }\n    }\n  }\n"): typeof import('./graphql').ActionPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      ...PlanFields\n    }\n  }\n"): typeof import('./graphql').ActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanMeasure($id: ID!) {\n    measure(id: $id) {\n      ...PlanMeasureFields\n    }\n  }\n"): typeof import('./graphql').PlanMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureDraftFields on MeasureDraft {\n    plan {\n      planId\n      level\n      municipalityId\n      unitId\n      year\n      half\n      periodLabel\n    }\n    title\n    description\n    strategy\n    kind\n    provider\n    targetGroup\n    places\n    startsOn\n    endsOn\n    awardsCertificate\n    lendingUnitId\n    expiringCount\n    targets {\n      competenceId\n      competence {\n        id\n        name\n      }\n      level\n      requirementId\n    }\n  }\n"): typeof import('./graphql').MeasureDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureDraftFromGap($requirementId: ID!, $places: Int) {\n    measureDraftFromGap(requirementId: $requirementId, places: $places) {\n      ...MeasureDraftFields\n    }\n  }\n"): typeof import('./graphql').MeasureDraftFromGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureDraftFromMobilisation($input: MobilisationDraftInput!, $places: Int) {\n    measureDraftFromMobilisation(input: $input, places: $places) {\n      ...MeasureDraftFields\n    }\n  }\n"): typeof import('./graphql').MeasureDraftFromMobilisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureDraftFromCertificates($input: ExpiringCertificatesDraftInput!) {\n    measureDraftFromExpiringCertificates(input: $input) {\n      ...MeasureDraftFields\n    }\n  }\n"): typeof import('./graphql').MeasureDraftFromCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRequirement($input: CreateRequirementInput!) {\n    createRequirement(input: $input) {\n      ...RequirementFields\n    }\n  }\n"): typeof import('./graphql').CreateRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequirement($input: UpdateRequirementInput!) {\n    updateRequirement(input: $input) {\n      ...RequirementFields\n    }\n  }\n"): typeof import('./graphql').UpdateRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRequirement($id: ID!, $version: Int!) {\n    deleteRequirement(id: $id, version: $version)\n  }\n"): typeof import('./graphql').DeleteRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffingRequirement($input: CreateStaffingRequirementInput!) {\n    createStaffingRequirement(input: $input) {\n      ...StaffingRequirementFields\n    }\n  }\n"): typeof import('./graphql').CreateStaffingRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffingRequirement($input: UpdateStaffingRequirementInput!) {\n    updateStaffingRequirement(input: $input) {\n      ...StaffingRequirementFields\n    }\n  }\n"): typeof import('./graphql').UpdateStaffingRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStaffingRequirement($id: ID!, $version: Int!) {\n    deleteStaffingRequirement(id: $id, version: $version)\n  }\n"): typeof import('./graphql').DeleteStaffingRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyRequirements($input: CopyRequirementsInput!) {\n    copyRequirements(input: $input) {\n      created\n      updated\n      skipped\n      targetUnitIds\n    }\n  }\n"): typeof import('./graphql').CopyRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequirementFields on Requirement {\n    id\n    unitId\n    municipalityId\n    unit {\n      id\n      name\n    }\n    competenceId\n    competence {\n      id\n      name\n      area\n    }\n    minLevel\n    required\n    measure\n    horizon\n    horizonDate\n    targetDate\n    priority\n    rationaleKind\n    rationale\n    reference\n    templateId\n    updatedAt\n    version\n  }\n"): typeof import('./graphql').RequirementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffingRequirementFields on StaffingRequirement {\n    id\n    unitId\n    municipalityId\n    unit {\n      id\n      name\n    }\n    professionCode\n    professionName\n    requiredFte\n    horizon\n    horizonDate\n    targetDate\n    priority\n    rationaleKind\n    rationale\n    reference\n    templateId\n    updatedAt\n    version\n  }\n"): typeof import('./graphql').StaffingRequirementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requirements($filter: RequirementFilter) {\n    requirements(filter: $filter) {\n      ...RequirementFields\n    }\n    staffingRequirements(filter: $filter) {\n      ...StaffingRequirementFields\n    }\n  }\n"): typeof import('./graphql').RequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requirement($id: ID!) {\n    requirement(id: $id) {\n      ...RequirementFields\n    }\n  }\n"): typeof import('./graphql').RequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementProfessions {\n    professions {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RequirementProfessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingRequirements($filter: RequirementFilter) {\n    staffingRequirements(filter: $filter) {\n      ...StaffingRequirementFields\n    }\n  }\n"): typeof import('./graphql').StaffingRequirementsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
