/// Every fixed word of the coordinator's pages, by what it is for. Templates name a word by its
/// case (`{{text.signOut}}`); code asks the table (`text[.signOut]`). `%1`, `%2`... mark where
/// values go (`CoordinatorText.format`), so that each language can put them where it needs.
enum CoordinatorWord: String, CaseIterable, Sendable {
    // MARK: The frame of every page
    case languageLabel, skipToContent, brand, navLabel, navResponses, navInvitations, navInventory, navPlan, signOut

    // MARK: Sign-in
    case signInTitle, skipToForm, name, password, signIn, accountsHint, wrongPassword

    // MARK: Why a page has no survey to show
    case noSurvey, severalSurveys, unknownSurvey

    // MARK: Words several pages share
    case survey, downloads, service, country, serviceKind, submitted, submittedOn, by, total, topic, colon

    // MARK: Response rates
    case responsesIntro, invited, draft, responseRate, imported, allServices, allKinds, byKindHeading
    case publishedVersions, version, published, publishedBy, downloadNeeds, downloadInventory

    // MARK: Needs inventory
    case inventoryTitle, inventoryIntro, noSubmission, shades, legendStaff, heatmapCaption, cellTitle, noNeed

    // MARK: Invitations
    case issuedHeading, issuedOnce, issuedWhy, number, email, link, issuedCSV
    case inviteOne, serviceOrUnit, emailOptional, validDays, createLink, invitationLanguage, languageFromCountry, problemLanguage
    case inviteList, csvHint, csvHintAll, listNotUsed, csvFile, inviteFile
    case allInvitations, noInvitation, state, validUntil, actions, reopen, reopenWhose, withdraw, withdrawWhose
    case stateInvited, stateDraft, stateSubmitted, stateReopened, stateWithdrawn, stateExpired
    case invitationWithdrawn, responseReopened, reopenWithdrawn, reopenExpired, reopenNotSubmitted
    case problemCountry, problemKind, problemService, problemEmail, problemDays, problemNoCSV

    // MARK: E-mail from the invitations page
    case remindLink, sendByEmail, mailNotSetUp, remindHeading, remindHint, remindWho, remindNotAnswered, remindAllOpen, sendReminders
    case mailResultsInvitation, mailResultsReminder, mailSummary, mailSent, mailFailed, mailNoAddress, mailFailures, mailOutcome

    // MARK: A page that does not exist
    case notFoundTitle, notFoundText, notFoundBack

    // MARK: Match and plan
    case planIntro, planNotMade, catalogues, noCatalogue, thesaurus, legalBase, none, noLegalBase
    case budget, start, exportLanguage, uploadCatalogue, uploadHint, catalogueNotKept, catalogueFile, uploadAndCheck
    case plansMade, shipped, uploaded
    case problemBudget, problemStart, problemCatalogues, problemDuplicates, problemNoCatalogueFile
    case notCatalogueThesaurus, notCatalogueLegalBase, catalogueReady, catalogueWarnings, runSummary

    // MARK: A plan
    case planRunTitle, madeOn, sessions, sessionsValue, needsCovered, needsCoveredValue, trainingDays, ofValue
    case flaggedSessions, noLegalBaseChecked, noSession, sessionNumber, languageAndMode, languageModeValue
    case participants, participantsValue, needsSeated, legalFlags, flagDiffers, flagUnknown, noProvision
    case needsLeftOut, noneLeftOut, need, topicOrText, why
    case flagReform, when, lateLabel, keptFrom, keptMark, notKeptHeading
    case confirmHint, confirmSession, saveConfirmed, confirmedSaved, replan, replanHint, replanButton, replanKeeps, replanNothingConfirmed
    case keptUnreadable, formAlreadySent
    case fileCurriculum, fileCurriculumELM, filePlanCSV, filePlanMarkdown, filePlanHTML, filePlanJSON, filePlanICS, fileMatches, fileNeeds, fileOther
}
