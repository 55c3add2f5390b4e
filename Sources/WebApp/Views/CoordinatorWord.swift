/// Every fixed word of the coordinator's pages, by what it is for. Templates name a word by its
/// case (`{{text.signOut}}`); code asks the table (`text[.signOut]`). Sentences that carry
/// values are methods of `CoordinatorSentences` instead, so that the compiler checks their values.
enum CoordinatorWord: String, CaseIterable, Sendable {
    // MARK: The frame of every page
    case languageLabel, skipToContent, brand, navLabel, navResponses, navInvitations, navInventory, navPlan, signOut

    // MARK: Sign-in
    case signInTitle, skipToForm, name, password, signIn, accountsHint, wrongPassword

    // MARK: Why a page has no survey to show
    case noSurvey

    // MARK: Words several pages share
    case survey, downloads, service, country, serviceKind, submitted, submittedOn, by, total, topic, colon

    // MARK: Response rates
    case responsesIntro, invited, draft, responseRate, imported, allServices, allKinds, byKindHeading
    case publishedVersions, version, published, publishedBy, downloadNeeds

    // MARK: Needs inventory
    case inventoryTitle, inventoryIntro, noSubmission, shades, heatmapCaption, noNeed

    // MARK: Invitations
    case issuedHeading, issuedOnce, issuedWhy, number, email, link, issuedCSV
    case inviteOne, serviceOrUnit, emailOptional, validDays, createLink, invitationLanguage, languageFromCountry, problemLanguage
    case inviteList, csvHint, csvHintAll, listNotUsed, csvFile, inviteFile
    case allInvitations, noInvitation, state, validUntil, actions, reopen, withdraw
    case stateInvited, stateDraft, stateSubmitted, stateReopened, stateExpired
    case invitationWithdrawn, responseReopened
    case problemCountry, problemKind, problemService, problemDays, problemNoCSV

    // MARK: E-mail from the invitations page
    case remindLink, sendByEmail, mailNotSetUp, remindHeading, remindHint, remindWho, remindNotAnswered, remindAllOpen, sendReminders
    case mailResultsInvitation, mailResultsReminder, mailSent, mailNoAddress, mailFailures, mailOutcome

    // MARK: A page that does not exist
    case notFoundTitle, notFoundText, notFoundBack

    // MARK: Match and plan
    case planNotMade, catalogues, noCatalogue, thesaurus, legalBase, none, noLegalBase
    case budget, start, exportLanguage, uploadCatalogue, uploadHint, catalogueNotKept, catalogueFile, uploadAndCheck
    case plansMade
    case problemBudget, problemStart, problemCatalogues, problemNoCatalogueFile

    // MARK: A plan
    case sessions, needsCovered, trainingDays
    case flaggedSessions, noLegalBaseChecked, noSession, languageAndMode
    case participants, needsSeated, legalFlags, flagDiffers, flagUnknown
    case needsLeftOut, noneLeftOut, need, topicOrText, why
    case flagReform, when, lateLabel, keptMark, notKeptHeading
    case confirmHint, confirmSession, saveConfirmed, replan, replanHint, replanButton
    case formAlreadySent
    case fileCurriculum, fileCurriculumELM, filePlanCSV, filePlanMarkdown, filePlanHTML, filePlanJSON, filePlanICS, fileMatches, fileNeeds, fileOther
}
