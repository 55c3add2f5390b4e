import CurriculumExport
import Foundation
import Planning
import Testing

@Suite("plan JSON (docs/formats.md section 7)")
struct PlanJSONTests {
    @Test("courses, unmet and objective with the contract's fields")
    func contract() throws {
        let json = try PlanJSON.encode(Sample.plan, options: Sample.options)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let courses = try #require(root["courses"] as? [[String: Any]])
        #expect(courses.count == Sample.plan.sessions.count)
        for course in courses {
            for key in ["id", "module", "session", "needs", "placements", "countries", "serviceKinds",
                        "participants", "language", "mode", "days", "legalFlags"] {
                #expect(course[key] != nil, "\(key)")
            }
            let placements = try #require(course["placements"] as? [String: Int])
            #expect(placements.values.reduce(0, +) == course["participants"] as? Int)
            #expect(Set(placements.keys) == Set(course["needs"] as? [String] ?? []))
            for flag in course["legalFlags"] as? [[String: Any]] ?? [] {
                #expect(["differs", "unknown"].contains(flag["status"] as? String ?? ""))
                #expect(flag["topic"] is String && flag["countries"] is [String])
                for provision in flag["provisions"] as? [[String: Any]] ?? [] {
                    #expect(provision["country"] is String && provision["cite"] is String)
                }
            }
        }
        let unmet = try #require(root["unmet"] as? [[String: Any]])
        #expect(unmet.count == Sample.plan.unmet.count)
        #expect(unmet.allSatisfy { $0["need"] is String && !($0["reason"] as? String ?? "").isEmpty })
        let objective = try #require(root["objective"] as? [String: Any])
        #expect(objective["coveredWeight"] as? Int == Sample.plan.objective.coveredWeight)
        #expect(objective["totalWeight"] as? Int == Sample.plan.objective.totalWeight)
        #expect((objective["daysUsed"] as? Double ?? -1) <= 10)
    }

    @Test("whole days are written as whole numbers")
    func numbers() throws {
        let json = try PlanJSON.encode(Sample.plan, options: Sample.options)
        #expect(json.contains("\"days\" : 3,"))
        #expect(json.contains("\"days\" : 0.5,"))
    }
}
