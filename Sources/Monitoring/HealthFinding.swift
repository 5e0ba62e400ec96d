/// One line of `orchestrator health`: what was checked, whether it is a problem, what was seen and, for a problem,
/// what to do about it.
package struct HealthFinding: Sendable, Equatable {
    package var check: String
    package var isProblem: Bool
    package var detail: String

    package static func ok(_ check: String, _ detail: String) -> HealthFinding {
        HealthFinding(check: check, isProblem: false, detail: detail)
    }

    package static func problem(_ check: String, _ detail: String) -> HealthFinding {
        HealthFinding(check: check, isProblem: true, detail: detail)
    }
}
