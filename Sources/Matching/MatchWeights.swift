/// Every number the ranking uses, in one place, with why it has its value.
///
/// They are set from what each signal means, checked on the shared set and on the project's
/// development sets (`Tests/Fixtures/MatchingDev`, `MatchingDev2` … `MatchingDev5`), and never on
/// the hold-out sets (`Tests/Fixtures/MatchingHoldout` … `MatchingHoldout6`): the matcher must
/// also work on catalogues and needs it has never seen. (Rules that came from
/// kinds of failure seen on a development set, not from its wording: the p-norm over a
/// need's concepts, partial credit scaled by how specific the neighbour concept is, the
/// strict reading of concepts that cover little of a need, and words taking back part of
/// the concepts' share between texts of one language.)
///
/// Matching a need is two decisions:
/// 1. **Is the need answered at all?** Only if one module its staff can attend (open to the
///    need's service, and given in one of the languages the need names, when it names any)
///    passes the *strict* reading: `gateWords + gateMeaningWeight × meaning`, after the
///    contradiction discount (or the agreement bonus, for a module both the words and the
///    meaning put among their first three), compressed like the score and times the fit, reaches
///    `threshold`. The right topic for another service or in another language is a partial
///    answer, listed once the need is answered, never the answer: the gold sets grade such a
///    module 1, never 2. With a model, `gateWords` counts
///    the need's concepts only by the square root of the share of the need's idf mass they
///    cover (`NeedProfile.conceptCoverage`): a need about asbestos safety on building sites is
///    not answered by a module on exploitation in construction because both name
///    "construction". Without a model, concepts are the only witness and count in full, and
///    the strict reading is the listing rule of words and concepts alone. With words as the
///    only witness (no thesaurus, no model), any specific word in common is enough, as in a
///    search: words alone cannot tell another wording or language from a gap. Otherwise the
///    need is a gap: no module is listed. A need's words that say in which language it wants
///    its training ("formation en français") are no part of its topic (`InstructionLanguage`).
/// 2. **Which modules, in which order?** A module's score is `topical × fit`, both in [0, 1]:
///    - `topical` blends concept overlap (a p-norm over the need's concepts) and lexical
///      similarity (BM25F), plus `meaningWeight × meaning`. The concept share is
///      `conceptShare × specificity × (1 − wordsTakeOver × share of modules in the need's
///      language)`; the rest is lexical. A need without any concept is matched on its words
///      alone. With a model, evidence above `saturationKnee` is compressed towards 1, never
///      cut, so two strong modules keep their order. Once a need is answered, a module found
///      on meaning alone is listed from m ≥ `threshold / meaningWeight` (0.4), not only from
///      the strict reading's 0.57: the question is then which modules, not whether any.
///    - `fit` multiplies the practical conditions: a module not open to the need's service,
///      or not given in a language its staff can follow, keeps `audienceMiss` or
///      `languageMiss` of its score; each EQF step away from the level asked costs `levelStep`.
///    A module is listed when its score reaches `threshold`.
public enum MatchWeights {
    /// The one threshold: a module is listed for a need when its score is at least this.
    /// About: one of the need's specific concepts taught, or half of its informative words
    /// found, in a module the need's staff can attend. A related concept alone stays below.
    public static let threshold = 0.4

    /// Share of the topical score that concept overlap can take (the rest is lexical): the
    /// thesaurus is curated and crosses languages, words are neither.
    static let conceptShare = 0.7
    /// Where a need's words can meet the modules' words (the share of the modules written in
    /// the need's language), the words take back up to this part of the concepts' share in the
    /// ranking: between texts in one language, the words they share say as much as their
    /// concepts. Not from a survey topic, which the respondent chose rather than wrote.
    static let wordsTakeOver = 0.5

    /// Concept overlap is the p-norm of the credits the module earns on the need's concepts,
    /// weighted by their idf: `(Σ idf·credit^p / Σ idf)^(1/p)`, the soft OR of the extended
    /// Boolean model (Salton, Fox and Wu 1983). Needs often name a task and a context
    /// ("joint inspections" in "nail bars"): a module answering one of them well is a real,
    /// partial answer, which the plain mean (p = 1) halves and the maximum (p = ∞) cannot
    /// tell from a complete one. p = 2 is the model's usual middle.
    static let conceptNorm = 2.0

    /// Credit for a module concept that is the need's concept, one step broader or
    /// narrower, or `related` to it.
    static let sameConcept = 1.0
    static let broaderOrNarrower = 0.5
    static let relatedConcept = 0.3

    /// How firmly a module carries a concept, by where it was found: its catalogue's
    /// `topic` refs and its title say what it is about; outcomes what it teaches; the
    /// category is a provider's own heading; a summary mentions much in passing.
    static let fromCatalogue = 1.0
    static let fromTitle = 1.0
    static let fromOutcome = 0.8
    static let fromClassification = 0.8
    static let fromSummary = 0.6
    /// Concepts at least this firm lend their labels to the module's label field.
    static let labelFieldMinimum = 0.8

    /// A need's concept evidence counts fully once its idf reaches that of a concept
    /// carried by this share of the modules.
    static let specificShare = 1.0 / 3.0

    /// BM25F: saturation, length normalisation and field weights.
    static let k1 = 1.2
    static let b = 0.75
    static let titleWeight = 3.0
    static let summaryWeight = 1.0
    static let outcomeWeight = 1.5
    static let classificationWeight = 1.5
    static let conceptLabelWeight = 1.0

    /// Closeness in meaning (`SemanticIndex`), when a sentence-embedding model gave vectors.
    /// A module standing out by `fullMeaning × √(2 ln N)` standard deviations of the need's
    /// cosines over the N modules (each above the module's floor) is as close as closeness
    /// goes (1); `√(2 ln N)` is how far the largest of N unrelated modules stands out.
    static let fullMeaning = 1.75
    /// In the ranking, a module's closeness is read above half its floor; in the strict
    /// reading, above the whole floor. A module close to the needs of every other topic of the
    /// catalogue says nothing about whether this need is answered, so there its floor counts in
    /// full. But among the modules that could answer it, being central to the catalogue is partly
    /// being about what its needs are about (in a catalogue on trafficking, the trafficking
    /// modules are close to every trafficking need): a whole floor pushed them below
    /// distractors. Half is the hubness correction of cross-domain similarity local scaling
    /// (CSLS, Conneau et al. 2018: `2 cos − r_module − r_query`, whose query term is the same
    /// for every module). Chosen on the development sets, where it lifted the ranking and left
    /// every "no module answers this" decision as it was.
    static let rankingFloor = 0.5
    /// In the ranking, meaning is added to the thesaurus-and-words score `w` with the same
    /// weight: `w + meaningWeight × m`. Once a need is answered, what the model reads in the
    /// whole need says as much about which module answers it as the words and concepts do.
    static let meaningWeight = 1.0
    /// In the strict reading (is the need answered at all?), meaning alone passes at m ≥ 0.57,
    /// i.e. when the module stands out as far as the largest of N unrelated modules would
    /// (z ≥ √(2 ln N)); words and concepts alone at w ≥ 0.4 (concepts by their coverage); each
    /// half-way passes together. Meaning weighs less here because the model's closeness is the
    /// least specific evidence: "labour exploitation" and "labour safety" are near in meaning
    /// and far apart as training topics.
    ///
    /// Without a thesaurus, a module not given in the need's language can share neither its
    /// words nor its concepts: there, meaning is the only witness there can be, and counts in
    /// the strict reading with `meaningWeight`, as in the ranking.
    ///
    /// Together with `contradiction`, `agreement` and the concepts' coverage, this is the one "no module
    /// answers this need" decision: lexical and semantic evidence must agree enough, each read
    /// on its own scale against the catalogue, never a raw cosine.
    static let gateMeaningWeight = 0.7
    /// With a model, evidence up to this is the score; above, it is compressed towards 1
    /// (never reaching it).
    static let saturationKnee = 0.8
    /// When a need's words or concepts and its meaning point at different modules (no module
    /// among the first `agreementRank` of both), its scores are multiplied by this: two
    /// witnesses that contradict each other prove less than either alone.
    static let contradiction = 0.85
    /// Its mirror: a module that both witnesses put among their first `agreementRank` has its
    /// strict reading divided by `contradiction`. Two witnesses naming the same module prove
    /// more than either alone: among N modules, a module one of them puts first-three is
    /// among the other's first three by chance about 3 times in N. Only in the strict reading
    /// (is the need answered at all?): the ranking's own reading already adds both witnesses
    /// up (a module's score is the higher of its two readings, so an agreeing module can still
    /// rise a little).
    static let agreement = 1 / contradiction
    static let agreementRank = 3
    /// Closeness from which a reason names the module's part closest in meaning: a module
    /// standing out about half as far as the largest of N unrelated modules would.
    static let meaningShown = 0.3

    /// Fit factors.
    static let audienceMiss = 0.7
    static let languageMiss = 0.7
    static let levelStep = 0.05
    static let lowestLevelFit = 0.85
}
