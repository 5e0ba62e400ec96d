import RemoteCalls
import Synchronization
import Testing

@testable import TIPSA

/// TIPSA rate-limits logins: one login for callers that arrive together, and none again soon after a refusal.
@Suite struct TipsaSessionTests {
    private final class Logins: Sendable {
        let count = Mutex(0)
    }

    @Test func ordersAfterARefusedLoginAreNotEachAnotherLogin() async throws {
        let session = TipsaSession()
        let logins = Logins()
        let refuse: TipsaSession.Login = { () async throws(CallError) -> String in
            logins.count.withLock { $0 += 1 }
            throw CallError(kind: .unavailable, service: "tipsa", message: "login refused")
        }

        for _ in 0..<5 {
            await #expect(throws: CallError.self) { _ = try await session.id(login: refuse) }
        }

        #expect(logins.count.withLock { $0 } == 1)
    }

    @Test func aLoginThatDidNotReachTIPSAIsTriedAgain() async throws {
        let session = TipsaSession()
        let logins = Logins()
        let unreachable: TipsaSession.Login = { () async throws(CallError) -> String in
            logins.count.withLock { $0 += 1 }
            throw CallError(kind: .transient, service: "tipsa", message: "connection refused")
        }

        for _ in 0..<3 {
            await #expect(throws: CallError.self) { _ = try await session.id(login: unreachable) }
        }

        #expect(logins.count.withLock { $0 } == 3)
    }
}
