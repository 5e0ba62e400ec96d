import AsyncHTTPClient
import RemoteCalls

/// The `CallError` the operation threw, nil when it succeeded or threw anything else.
func carrierError(_ operation: () async throws -> Void) async -> CallError? {
    do {
        try await operation()
        return nil
    } catch {
        return error as? CallError
    }
}

/// Runs `body`, then shuts `httpClient` down and stops the simulators, whether `body` threw or not.
func closing(
    _ httpClient: HTTPClient, stopping stop: () async -> Void, _ body: () async throws -> Void
) async throws {
    do {
        try await body()
    } catch {
        try? await httpClient.shutdown()
        await stop()
        throw error
    }
    try await httpClient.shutdown()
    await stop()
}
