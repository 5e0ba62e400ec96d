import Foundation
import JSONWriting

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

    /// `findings` as `health --format json` and `GET /health` give them: a status and every check.
    package static func json(_ findings: [HealthFinding]) -> Data {
        let checks: [Any] = findings.map { ["check": $0.check, "ok": !$0.isProblem, "detail": $0.detail] }
        let status = findings.contains(where: \.isProblem) ? "degraded" : "healthy"
        return JSONWriter.data(["status": status, "checks": checks])
    }
}
