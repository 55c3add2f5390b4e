import Foundation
import TextAnalysis
import TrainingModel

/// Per-thread working memory of the scorer: one slot per module, cleared after each need
/// by walking the modules it touched, so that a need costs what it matches, not the catalogue.
/// Raw buffers, owned by one worker at a time: the inner loops write millions of slots.
final class Scratch {
    let count: Int
    let lexical: UnsafeMutableBufferPointer<Float>
    let concept: UnsafeMutableBufferPointer<Float>
    let best: UnsafeMutableBufferPointer<Float>
    let isTouched: UnsafeMutableBufferPointer<Bool>
    var touched: [Int32] = []
    var bestTouched: [Int32] = []

    init(count: Int) {
        self.count = count
        lexical = .allocate(capacity: count)
        lexical.initialize(repeating: 0)
        concept = .allocate(capacity: count)
        concept.initialize(repeating: 0)
        best = .allocate(capacity: count)
        best.initialize(repeating: 0)
        isTouched = .allocate(capacity: count)
        isTouched.initialize(repeating: false)
        touched.reserveCapacity(count)
        bestTouched.reserveCapacity(count)
    }

    deinit {
        lexical.deallocate()
        concept.deallocate()
        best.deallocate()
        isTouched.deallocate()
    }

    @inline(__always)
    func touch(_ module: Int32) {
        if !isTouched[Int(module)] {
            isTouched[Int(module)] = true
            touched.append(module)
        }
    }
}

/// Scores the modules of an index for one need: see `MatchWeights` for the formula.
struct Scorer {
    /// Terms nearly every module has add nothing to a ranking but cost a walk over the
    /// whole catalogue: they are left out of the sums (still counted in the need's mass).
    static let negligibleIDF = 0.02
    static let negligibleCredit = 0.01

    let storage: MatchIndex.Storage

    /// A need's closeness in meaning to every module (`SemanticIndex.closeness`), read against
    /// the modules' whole floors (`row`: is the need answered?) and for the ranking
    /// (`rankingRow`: which module first?), its vector and the modules that stand out most.
    struct NeedMeaning {
        var row: UnsafeMutableBufferPointer<Float>
        var rankingRow: UnsafeMutableBufferPointer<Float>
        var closest: [Int32]
        var vector: [Float]
    }

    /// Which modules a need's list holds.
    enum Listing {
        /// The modules that answer the need: none when it is a gap.
        case answers
        /// The ranking, whether or not the need is answered (`MatchIndex.closest`).
        case ranking
    }

    func matches(for need: Need, top: Int?, scratch: Scratch, meaning: NeedMeaning? = nil, listing: Listing = .answers) -> [ModuleMatch] {
        let profile = NeedProfile(need: need, index: storage)
        let conceptMass = profile.conceptMass
        let fullConceptShare = MatchWeights.conceptShare * min(1, conceptMass / storage.specificIDF)
        // Words meet words only in one language: as far as the modules are written in the
        // need's language, the words take back part of the concepts' share (in the ranking) —
        // but not from a survey topic, which the respondent chose rather than wrote.
        let wordsCanMeet = profile.language.flatMap { storage.languageShare[$0] } ?? 0
        // Whether the need is answered reads its words against all it says (a word no module has
        // may be its very topic); which modules answer it, against what its words can meet.
        let termMass = profile.termMass
        let meetingMass = profile.termMass(wordsCanMeet: wordsCanMeet)
        let chosenTopic = profile.concepts.contains { $0.via == nil }
        let conceptShare = chosenTopic ? fullConceptShare : fullConceptShare * (1 - MatchWeights.wordsTakeOver * wordsCanMeet)
        let semantic = meaning == nil ? nil : storage.semantic
        // With words as the only witness (no thesaurus, no model), a need worded otherwise than
        // the catalogue (in another language, in other words) cannot be told from a gap: the
        // matcher then lists as a search does, every module with a specific word in common, best
        // first, and a need is a gap only when it shares no such word with a module its staff
        // can attend. A threshold on words alone left most needs in another language than the
        // catalogue empty, below what a plain search box gives.
        let wordsOnly = semantic == nil && storage.graph.concepts.isEmpty
        let threshold = MatchWeights.threshold
        func reaches(_ score: Double) -> Bool { wordsOnly ? score > 0 : score >= threshold }
        // With meaning added to the words, the commonest words of a need can still lift a
        // module, and the modules its words point at first (for `contradictionDiscount`) must
        // be read from all of them: then no word is deferred (see `accumulate`).
        accumulate(profile, termMass: meetingMass, floor: wordsOnly || semantic != nil ? 0 : threshold, into: scratch)
        // Whether the need is answered at all (the strict reading): with meaning to read the
        // whole need, concepts speak for as much of it as they cover; without, they are the only
        // witness and speak in full, as they always did.
        let gateConceptShare = semantic == nil ? fullConceptShare : fullConceptShare * profile.conceptCoverage(wordsCanMeet: wordsCanMeet).squareRoot()
        let row = meaning?.row, rankingRow = meaning?.rankingRow
        if let row, let rankingRow {
            // A module no word or concept found answers or is listed on meaning alone or not at
            // all: from the threshold, in the strict reading or in the ranking.
            let alone = Float(MatchWeights.threshold / MatchWeights.meaningWeight)
            for m in 0..<scratch.count where row[m] >= alone || rankingRow[m] >= alone { scratch.touch(Int32(m)) }
        }

        let languages = need.trainingLanguages.isEmpty ? (profile.language.map { [$0.code] } ?? []) : need.trainingLanguages
        let askedBits = languages.reduce(UInt64(0)) { $0 | (storage.languageBit[$1.primary.tag] ?? 0) }
        let kindBit = MatchIndex.Storage.bit(need.serviceKind)
        let modules = storage.modules, audiences = storage.audiences, languageBits = storage.languageBits, eqf = storage.eqf
        // Each touched module's evidence: words and concepts (`words`, and `gateWords` with the
        // concepts weighed by how much of the need they cover), closeness in meaning, fit.
        var candidates: [Candidate] = []
        candidates.reserveCapacity(scratch.touched.count)
        for module in scratch.touched {
            let m = Int(module)
            let lexical = meetingMass > 0 ? min(1, Double(scratch.lexical[m]) / meetingMass) : 0
            let strictLexical = termMass > 0 ? min(1, Double(scratch.lexical[m]) / termMass) : 0
            let concept = conceptMass > 0 && scratch.concept[m] > 0 ? Self.conceptOverlap(Double(scratch.concept[m]) / conceptMass) : 0
            func blend(_ share: Double, _ lexical: Double) -> Double {
                if profile.terms.isEmpty { return concept }
                if conceptMass == 0 { return lexical }
                return share * concept + (1 - share) * lexical
            }
            candidates.append(Candidate(module: module, words: blend(conceptShare, lexical), gateWords: blend(gateConceptShare, strictLexical),
                                        meaning: rankingRow.map { Double($0[m]) } ?? 0, gateMeaning: row.map { Double($0[m]) } ?? 0,
                                        lexical: lexical))
            scratch.lexical[m] = 0
            scratch.concept[m] = 0
            scratch.isTouched[m] = false
        }
        scratch.touched.removeAll(keepingCapacity: true)
        let witnesses = meaning.map { Self.witnesses(candidates, closest: $0.closest) } ?? Witnesses(agreeing: [], others: 1)
        let discount = witnesses.others
        // Whether the need's staff can attend a module: open to their service, given in a
        // language they follow (any, when none is known).
        func opens(_ m: Int) -> Bool { audiences[m] & kindBit != 0 }
        func speaks(_ m: Int) -> Bool { languages.isEmpty || languageBits[m] & askedBits != 0 }
        // Fit is at most 1, so it is worked out only for a module whose evidence reaches the threshold.
        func fit(_ module: Int32) -> Double {
            let m = Int(module)
            var fit = Fit.level(required: need.requiredLevel, eqf: Int(eqf[m]))
            if !opens(m) { fit *= MatchWeights.audienceMiss }
            if !speaks(m) { fit *= MatchWeights.languageMiss }
            return fit
        }

        // The need is a gap unless one module its staff can attend (open to its service, in a
        // language they said they follow) answers it on the strict reading: the right topic for
        // another service or in another language is listed as a partial answer once the need
        // is answered, but it does not answer the need. A need that names no languages is only
        // presumed to want its own, and a module in another one still can answer it.
        let statedLanguages = !need.languages.isEmpty
        // Without a thesaurus, a module not given in the need's language (so not written in it)
        // cannot share its words: their silence says nothing there, and meaning is the only
        // witness there can be.
        let textBit = storage.graph.concepts.isEmpty ? profile.language.flatMap { storage.languageBit[$0.rawValue] } ?? 0 : 0
        func onlyMeaningCanTell(_ m: Int) -> Bool { textBit != 0 && languageBits[m] & textBit == 0 }
        func strictEvidence(_ candidate: Candidate) -> Double {
            let meaningWeight = onlyMeaningCanTell(Int(candidate.module)) ? MatchWeights.meaningWeight : MatchWeights.gateMeaningWeight
            return semantic == nil ? candidate.gateWords
                : (candidate.gateWords + meaningWeight * candidate.gateMeaning) * witnesses.strictFactor(of: candidate.module)
        }
        let answered = candidates.contains { candidate in
            let m = Int(candidate.module)
            guard opens(m), !statedLanguages || speaks(m) else { return false }
            let topical = Self.saturated(strictEvidence(candidate))
            return reaches(topical) && reaches(topical * fit(candidate.module))
        }
        guard answered || listing == .ranking else { return [] }

        var listed: [Ranked] = []
        var meanings: [Int32: Double] = [:]
        for candidate in candidates {
            let module = candidate.module
            // A module is listed as far as either reading finds it: one that answers the need
            // on the strict reading is never left out of the list.
            let evidence = semantic == nil ? candidate.words
                : max((candidate.words + MatchWeights.meaningWeight * candidate.meaning) * discount, strictEvidence(candidate))
            // Only words, concepts and meaning together can pass 1; words and concepts alone
            // are at most 1 and shown as they are.
            let topical = semantic == nil ? evidence : Self.saturated(evidence)
            // Fit is at most 1: a module whose topical score misses the threshold is out.
            guard reaches(topical) else { continue }
            let score = topical * fit(module)
            guard reaches(score) else { continue }
            let entry = Ranked(module: module, score: score, lexical: candidate.lexical)
            if candidate.meaning > 0 { meanings[module] = candidate.meaning }
            // Keep the best `top` only, in order: a need may clear the threshold with
            // hundreds of modules in a large catalogue.
            guard let top else {
                listed.append(entry)
                continue
            }
            if listed.count >= top {
                guard top > 0, Self.ranksBefore(entry, listed[listed.count - 1]) else { continue }
                listed.removeLast()
            }
            let position = listed.firstIndex { Self.ranksBefore(entry, $0) } ?? listed.count
            listed.insert(entry, at: position)
        }
        if top == nil { listed.sort(by: Self.ranksBefore) }
        return listed.map { entry in
            ModuleMatch(moduleID: modules[Int(entry.module)].id, score: entry.score,
                        reasons: reasons(need, profile, Int(entry.module), languages,
                                         meaning: semantic.flatMap { semantic in meaning.map { (semantic, $0.vector, meanings[entry.module] ?? 0) } }))
        }
    }

    /// One module's evidence for a need, before it is weighed.
    struct Candidate {
        var module: Int32
        /// Words and concepts blended for the ranking.
        var words: Double
        /// Words and concepts blended for the strict reading (concepts by their coverage).
        var gateWords: Double
        /// Closeness in meaning for the ranking, and for the strict reading.
        var meaning: Double
        var gateMeaning: Double
        var lexical: Double
    }

    /// How a need's two witnesses, its words and concepts and its meaning, stand to each other.
    struct Witnesses {
        /// The modules both put among their first `MatchWeights.agreementRank`.
        var agreeing: [Int32]
        /// The factor of every score of the need: `MatchWeights.contradiction` when the words
        /// or concepts point at modules (some evidence) but none of them is among the modules
        /// meaning singles out, two witnesses naming different modules; 1 otherwise, also when
        /// the words say nothing at all (a need in another language than every module, no
        /// thesaurus) or meaning singles out nothing: silence is not contradiction.
        var others: Double

        /// The factor of a module's strict reading: `MatchWeights.agreement` for a module both
        /// witnesses name, `others` for the rest.
        func strictFactor(of module: Int32) -> Double {
            agreeing.contains(module) ? MatchWeights.agreement : others
        }
    }

    /// Compares the first `MatchWeights.agreementRank` modules of the need's words and
    /// concepts with `closest`, those its meaning singles out.
    static func witnesses(_ candidates: [Candidate], closest: [Int32]) -> Witnesses {
        let k = MatchWeights.agreementRank
        var first: [(value: Double, module: Int32)] = []
        for candidate in candidates where candidate.words > 0 {
            let entry = (value: candidate.words, module: candidate.module)
            if first.count == k && !(entry > first[k - 1]) { continue }
            if first.count == k { first.removeLast() }
            first.insert(entry, at: first.firstIndex { entry > $0 } ?? first.count)
        }
        guard !first.isEmpty, !closest.isEmpty else { return Witnesses(agreeing: [], others: 1) }
        let agreeing = first.map(\.module).filter(closest.contains)
        return Witnesses(agreeing: agreeing, others: agreeing.isEmpty ? MatchWeights.contradiction : 1)
    }

    /// Evidence as a score in [0, 1): itself up to `MatchWeights.saturationKnee`, then
    /// compressed towards 1 rather than cut at 1, so that two strong modules keep the order of
    /// their evidence.
    static func saturated(_ evidence: Double) -> Double {
        let knee = MatchWeights.saturationKnee
        guard evidence > knee else { return evidence }
        return knee + (1 - knee) * (1 - exp(-(evidence - knee) / (1 - knee)))
    }

    /// A listed module as the ranking sees it.
    struct Ranked {
        var module: Int32
        var score: Double
        var lexical: Double
    }

    /// Best score first; then more words in common; then catalogue order.
    static func ranksBefore(_ a: Ranked, _ b: Ranked) -> Bool {
        (a.score, a.lexical, -a.module) > (b.score, b.lexical, -b.module)
    }

    /// The p-norm of the idf-weighted credits, from their weighted mean of p-th powers.
    static func conceptOverlap(_ meanOfPowers: Double) -> Double {
        let clipped = Swift.min(1, meanOfPowers)
        return MatchWeights.conceptNorm == 2 ? clipped.squareRoot() : pow(clipped, 1 / MatchWeights.conceptNorm)
    }

    /// Adds up the need's words and concepts per module.
    ///
    /// Words are taken in two passes (the MaxScore method of Turtle and Flood, 1995): the
    /// commonest words of the need, which together could not lift a module to the threshold
    /// even at their highest possible impact, do not make a module a candidate; they are
    /// added afterwards, only to the candidates the other words and the concepts found.
    /// The scores are exactly those of a full pass; common words just cost no walk over
    /// the whole catalogue. `floor` is the score from which words alone list a module (0 when
    /// any word in common lists it, or when meaning is added to the words: then no word is
    /// deferred).
    private func accumulate(_ profile: NeedProfile, termMass: Double, floor: Double, into scratch: Scratch) {
        let lexical = storage.lexical
        let words = profile.terms.compactMap { term -> (id: Int32, idf: Double)? in
            guard let id = term.id, term.idf >= Self.negligibleIDF else { return nil }
            return (id, term.idf)
        }.sorted { $0.idf < $1.idf }
        var deferred = 0
        var bound = 0.0
        let limit = floor * termMass / LexicalIndex.maximumImpact
        while deferred < words.count && bound + words[deferred].idf < limit {
            bound += words[deferred].idf
            deferred += 1
        }
        for (id, idf) in words[deferred...] {
            let weight = Float(idf)
            for posting in lexical.postings[Int(id)] {
                scratch.touch(posting.module)
                scratch.lexical[Int(posting.module)] += weight * posting.impact
            }
        }

        let conceptPostings = storage.conceptPostings
        for found in profile.concepts where found.idf >= Self.negligibleIDF {
            for (neighbour, relation) in storage.graph.neighbours[found.concept] {
                let credit = Float(credit(relation, need: found.concept, module: neighbour))
                // A concept nearly every module carries earns next to nothing and costs a
                // walk over the whole catalogue.
                if credit < Float(Self.negligibleCredit) { continue }
                for (module, firmness) in conceptPostings[neighbour] {
                    let value = credit * firmness
                    let m = Int(module)
                    if value > scratch.best[m] {
                        if scratch.best[m] == 0 { scratch.bestTouched.append(module) }
                        scratch.best[m] = value
                    }
                }
            }
            let idf = Float(found.idf)
            let power = Float(MatchWeights.conceptNorm)
            for module in scratch.bestTouched {
                let m = Int(module)
                scratch.touch(module)
                let best = scratch.best[m]
                scratch.concept[m] += idf * (power == 2 ? best * best : powf(best, power))
                scratch.best[m] = 0
            }
            scratch.bestTouched.removeAll(keepingCapacity: true)
        }

        for (id, idf) in words[..<deferred] {
            let weight = Float(idf)
            let row = lexical.denseRow[Int(id)]
            if row >= 0 && scratch.touched.count < lexical.postings[Int(id)].count {
                let sums = scratch.lexical
                lexical.denseImpacts[Int(row)].withUnsafeBufferPointer { impacts in
                    for module in scratch.touched { sums[Int(module)] += weight * impacts[Int(module)] }
                }
            } else {
                for posting in lexical.postings[Int(id)] where scratch.isTouched[Int(posting.module)] {
                    scratch.lexical[Int(posting.module)] += weight * posting.impact
                }
            }
        }
    }

    /// The credit for a module concept standing in `relation` to the need's concept. A
    /// neighbour says no more than it is specific: going up to a concept every module
    /// carries ("trafficking in human beings") must not make every module a partial answer,
    /// so a neighbour's credit is scaled by its idf against the need concept's.
    func credit(_ relation: ConceptRelation, need: Int, module: Int) -> Double {
        if relation == .same { return relation.credit }
        let needIDF = storage.conceptIDF[need], moduleIDF = storage.conceptIDF[module]
        return relation.credit * (needIDF > 0 ? Swift.min(1, moduleIDF / needIDF) : 0)
    }

    private func reasons(_ need: Need, _ profile: NeedProfile, _ module: Int, _ languages: [LanguageCode],
                         meaning: (index: SemanticIndex, vector: [Float], closeness: Double)? = nil) -> [MatchReason] {
        var reasons: [MatchReason] = []
        // Closeness in meaning is named when it says something (`MatchWeights.meaningShown`).
        if let meaning, meaning.closeness >= MatchWeights.meaningShown,
           let part = meaning.index.closestPart(module: module, query: meaning.vector) {
            reasons.append(.meaning(part))
        }
        let carried = storage.moduleConcepts[module]
        let graph = storage.graph
        var evidence: [(weight: Double, evidence: ConceptEvidence)] = []
        for found in profile.concepts {
            var best: (value: Double, concept: Int, relation: ConceptRelation)?
            for (neighbour, relation) in graph.neighbours[found.concept] {
                guard let firmness = carried[neighbour] else { continue }
                let value = credit(relation, need: found.concept, module: neighbour) * firmness
                if value > (best?.value ?? 0) { best = (value, neighbour, relation) }
            }
            guard let best else { continue }
            let concept = graph.concepts[found.concept], moduleConcept = graph.concepts[best.concept]
            evidence.append((best.value * found.idf, ConceptEvidence(
                conceptID: concept.id, labels: concept.labels, via: found.via,
                relation: ConceptEvidence.Relation(rawValue: best.relation.rawValue)!,
                moduleConceptID: moduleConcept.id, moduleLabels: moduleConcept.labels)))
        }
        reasons += evidence.sorted { $0.weight > $1.weight }.map { .concept($0.evidence) }

        // Words already quoted as a concept's evidence are not repeated.
        let quoted = Set(evidence.compactMap(\.evidence.via).flatMap { Tokenizer.words(in: $0).map { Folding.fold($0.text) } })
        let words = profile.terms.compactMap { term -> (Double, String)? in
            guard let id = term.id, term.idf >= Self.negligibleIDF else { return nil }
            let impact = storage.lexical.impact(term: id, module: Int32(module))
            guard impact > 0, !quoted.contains(Folding.fold(term.surface)) else { return nil }
            return (term.idf * Double(impact), term.surface)
        }
        var shown: [String] = []
        for (_, surface) in words.sorted(by: { $0.0 > $1.0 }) where !shown.contains(surface) && shown.count < 3 {
            shown.append(surface)
        }
        if !shown.isEmpty { reasons.append(.words(shown)) }

        let moduleValue = storage.modules[module]
        reasons.append(.audience(need.serviceKind, fits: Fit.audience(need, moduleValue)))
        if !languages.isEmpty {
            reasons.append(.language(offered: Fit.language(languages, moduleValue), asked: languages))
        }
        if let required = need.requiredLevel, required > 0, let eqf = moduleValue.level?.eqf {
            reasons.append(.level(required: required, eqf: eqf))
        }
        return reasons
    }
}
