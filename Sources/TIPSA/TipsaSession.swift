import Carriers

/// The session GUID shared by every call of one client, and the single login that produces it.
///
/// TIPSA rate-limits logins, so concurrent callers that find no session wait for the same login instead of
/// each starting their own.
actor TipsaSession {
    typealias Login = @Sendable () async throws(CarrierError) -> String

    private var current: String?
    private var pendingLogin: Task<Result<String, CarrierError>, Never>?

    /// The current session ID, logging in first when there is none.
    func id(login: @escaping Login) async throws(CarrierError) -> String {
        if let current { return current }
        let task: Task<Result<String, CarrierError>, Never>
        if let pendingLogin {
            task = pendingLogin
        } else {
            task = Task {
                do throws(CarrierError) { return .success(try await login()) } catch { return .failure(error) }
            }
            pendingLogin = task
        }
        let result = await task.value
        if pendingLogin == task { pendingLogin = nil }
        let id = try result.get()
        current = id
        return id
    }

    /// Forgets `id` after TIPSA refused it, unless another caller already replaced it.
    func invalidate(_ id: String) {
        if current == id { current = nil }
    }
}
