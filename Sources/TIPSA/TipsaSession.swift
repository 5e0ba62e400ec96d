import RemoteCalls

/// The session GUID shared by every call of one client, and the single login that produces it.
///
/// TIPSA rate-limits logins, so concurrent callers that find no session wait for the same login instead of
/// each starting their own, and a refused login (wrong credentials, a locked account) is the answer for a minute:
/// the orders that come after it are not each another login.
actor TipsaSession {
    typealias Login = @Sendable () async throws(CallError) -> String

    /// How long a refused login stands before the next caller may try again.
    static let refusalStands: Duration = .seconds(60)

    private var current: String?
    private var pendingLogin: Task<Result<String, CallError>, Never>?
    private var refusal: (error: CallError, at: ContinuousClock.Instant)?

    /// The current session ID, logging in first when there is none.
    func id(login: @escaping Login) async throws(CallError) -> String {
        if let current { return current }
        if let refusal, ContinuousClock.now - refusal.at < Self.refusalStands { throw refusal.error }
        let task: Task<Result<String, CallError>, Never>
        if let pendingLogin {
            task = pendingLogin
        } else {
            task = Task {
                do throws(CallError) { return .success(try await login()) } catch { return .failure(error) }
            }
            pendingLogin = task
        }
        let result = await task.value
        if pendingLogin == task { pendingLogin = nil }
        if case .failure(let error) = result, error.kind == .unavailable { refusal = (error, .now) }
        let id = try result.get()
        current = id
        return id
    }

    /// Forgets `id` after TIPSA refused it, unless another caller already replaced it.
    func invalidate(_ id: String) {
        if current == id { current = nil }
    }
}
