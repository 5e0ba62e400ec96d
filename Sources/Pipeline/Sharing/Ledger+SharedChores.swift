import Ledger

extension Ledger {
    /// Runs `body` holding `chore`'s lock, waiting while another worker holds it.
    package func holding<T: Sendable>(_ chore: SharedChore, _ body: () async throws -> T) async throws -> T {
        while try await !BlockingWork.run({ try self.tryLock(chore) }) {
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await runThenUnlock(chore, body)
    }

    /// Runs `body` holding `chore`'s lock when no other worker holds it; nil, without running it, when one does.
    package func ifFree<T: Sendable>(_ chore: SharedChore, _ body: () async throws -> T) async throws -> T? {
        guard try await BlockingWork.run({ try self.tryLock(chore) }) else { return nil }
        return try await runThenUnlock(chore, body)
    }

    private func runThenUnlock<T: Sendable>(_ chore: SharedChore, _ body: () async throws -> T) async throws -> T {
        let result: T
        do {
            result = try await body()
        } catch {
            try? unlock(chore)
            throw error
        }
        try unlock(chore)
        return result
    }
}
