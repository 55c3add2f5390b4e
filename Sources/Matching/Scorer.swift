import Foundation
import TrainingModel

/// Per-thread working memory of the scorer: one slot per module, cleared after each need
/// by walking the modules it touched, so that a need costs what it matches, not the catalogue.
struct Scratch {
    var lexical: [Float]
    var concept: [Float]
    var best: [Float]
    var isTouched: [Bool]
    var touched: [Int32] = []
    var bestTouched: [Int32] = []

    init(count: Int) {
        lexical = Array(repeating: 0, count: count)
        concept = Array(repeating: 0, count: count)
        best = Array(repeating: 0, count: count)
        isTouched = Array(repeating: false, count: count)
    }

    mutating func touch(_ module: Int32) {
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

    let storage: MatchIndex.Storage

    func matches(for need: Need, top: Int?, scratch: inout Scratch) -> [ModuleMatch] {
        let profile = NeedProfile(need: need, index: storage)
        accumulate(profile, into: &scratch)

        let termMass = profile.termMass
        let conceptMass = profile.conceptMass
        let conceptShare = MatchWeights.conceptShare * min(1, conceptMass / storage.specificIDF)
        let languages = need.trainingLanguages.isEmpty ? (profile.language.map { [$0.code] } ?? []) : need.trainingLanguages
        var listed: [(module: Int32, score: Double, lexical: Double)] = []
        for module in scratch.touched {
            let m = Int(module)
            let lexical = termMass > 0 ? min(1, Double(scratch.lexical[m]) / termMass) : 0
            let concept = conceptMass > 0 ? pow(min(1, Double(scratch.concept[m]) / conceptMass), 1 / MatchWeights.conceptNorm) : 0
            let topical: Double
            if profile.terms.isEmpty {
                topical = concept
            } else if conceptMass == 0 {
                topical = lexical
            } else {
                topical = conceptShare * concept + (1 - conceptShare) * lexical
            }
            let score = topical * fit(need, storage.modules[m], languages)
            if score >= MatchWeights.threshold { listed.append((module, Swift.min(score, 1), lexical)) }
            scratch.lexical[m] = 0
            scratch.concept[m] = 0
            scratch.isTouched[m] = false
        }
        scratch.touched.removeAll(keepingCapacity: true)

        listed.sort { ($0.score, $0.lexical, -$0.module) > ($1.score, $1.lexical, -$1.module) }
        if let top { listed = Array(listed.prefix(Swift.max(top, 0))) }
        return listed.map { entry in
            ModuleMatch(moduleID: storage.modules[Int(entry.module)].id, score: entry.score,
                        reasons: reasons(need, profile, Int(entry.module), languages))
        }
    }

    private func accumulate(_ profile: NeedProfile, into scratch: inout Scratch) {
        let lexical = storage.lexical
        for term in profile.terms where term.idf >= Self.negligibleIDF {
            guard let id = term.id else { continue }
            let idf = Float(term.idf)
            for posting in lexical.postings[Int(id)] {
                scratch.touch(posting.module)
                scratch.lexical[Int(posting.module)] += idf * posting.impact
            }
        }
        for found in profile.concepts {
            for (neighbour, relation) in storage.graph.neighbours[found.concept] {
                let credit = Float(credit(relation, need: found.concept, module: neighbour))
                for (module, firmness) in storage.conceptPostings[neighbour] {
                    let value = credit * firmness
                    let m = Int(module)
                    if value > scratch.best[m] {
                        if scratch.best[m] == 0 { scratch.bestTouched.append(module) }
                        scratch.best[m] = value
                    }
                }
            }
            let idf = Float(found.idf)
            for module in scratch.bestTouched {
                scratch.touch(module)
                scratch.concept[Int(module)] += idf * powf(scratch.best[Int(module)], Float(MatchWeights.conceptNorm))
                scratch.best[Int(module)] = 0
            }
            scratch.bestTouched.removeAll(keepingCapacity: true)
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

    private func fit(_ need: Need, _ module: TrainingModule, _ languages: [LanguageCode]) -> Double {
        var fit = Fit.level(need, module)
        if !Fit.audience(need, module) { fit *= MatchWeights.audienceMiss }
        if !languages.isEmpty && Fit.language(languages, module) == nil { fit *= MatchWeights.languageMiss }
        return fit
    }

    private func reasons(_ need: Need, _ profile: NeedProfile, _ module: Int, _ languages: [LanguageCode]) -> [MatchReason] {
        var reasons: [MatchReason] = []
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

        let quoted = evidence.compactMap { $0.evidence.via?.lowercased() }
        let words = profile.terms.compactMap { term -> (Double, String)? in
            guard let id = term.id, term.idf >= Self.negligibleIDF else { return nil }
            let impact = storage.lexical.impact(term: id, module: Int32(module))
            guard impact > 0, !quoted.contains(where: { $0.contains(term.surface.lowercased()) }) else { return nil }
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
