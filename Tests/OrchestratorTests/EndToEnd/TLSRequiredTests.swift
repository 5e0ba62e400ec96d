import Foundation
import OrchestratorTesting
import Testing

/// `sslmode=require` against a server that offers no TLS: refused before a password is sent, saying why.
///
/// Runs on both halves of the suite, against a listener that answers PostgreSQL's request for TLS as a server without
/// it does.
@Suite struct TLSRequiredTests {
    @Test func aServerWithoutTLSIsRefusedWhenTheURLRequiresIt() async throws {
        let server = try ServerDecliningTLS()
        defer { server.stop() }
        try await Harness.with { harness in
            try await harness.expectRunStopsAtTheLedger(
                "postgres://orchestrator:hunter2secret@127.0.0.1:\(server.port)/orders?sslmode=require",
                saying: "the server does not offer TLS")
        }
    }
}

/// A listener on loopback that answers every client's first message (PostgreSQL's SSLRequest, 8 bytes) with `N`,
/// "no TLS here", as a server with `ssl = off` does, then waits for the client to hang up.
final class ServerDecliningTLS: Sendable {
    let port: Int
    private let listener: Int32

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(listener, raw, length) == 0 && getsockname(listener, raw, &length) == 0
            }
        }
        guard bound, listen(listener, 4) == 0 else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread {
            while case let client = accept(listener, nil, nil), client >= 0 {
                var request = [UInt8](repeating: 0, count: 8)
                _ = read(client, &request, 8)
                _ = write(client, "N", 1)
                var rest = [UInt8](repeating: 0, count: 512)
                while read(client, &rest, 512) > 0 {}
                close(client)
            }
        }
    }

    /// Stops listening: the thread's next `accept` fails and it ends.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }
}
