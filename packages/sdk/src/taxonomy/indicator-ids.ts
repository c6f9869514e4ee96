/**
 * Ids of the follow-up indicators the SDK ships (SUS, NNS), so that validation knows them without
 * loading their labels (`FOLLOW_UP_INDICATOR_TERMS`, kept apart to keep the core small).
 */
export const FOLLOW_UP_INDICATOR_IDS: readonly string[] =
  'sus susServices susIndividuals susStructuralParticipants susParticipantShare susPublicSupportBefore susWorkOrStudiesAfter susNoPublicSupportAfter susNoPublicSupport90Days nnsIndicators nnsParticipantSurvey nnsStaffSurvey nnsBoardSurvey nnsManagerSurvey nnsReferrerSurvey'.split(
    ' ',
  );
