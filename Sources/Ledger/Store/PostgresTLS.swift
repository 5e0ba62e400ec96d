import Foundation
import NIOSSL
import PostgresNIO

/// Whether and how the connection to a PostgreSQL ledger is encrypted: the `sslmode` and `sslrootcert` options of
/// `ORCHESTRATOR_LEDGER_URL`, meaning what they mean to `psql` and every libpq program, so the URL an integrator
/// tested with `psql` works here unchanged.
package struct PostgresTLS: Sendable, Equatable {
    package enum Mode: String, Sendable, CaseIterable {
        /// Never encrypted.
        case disable
        /// Encrypted when the server offers it, its certificate unchecked: libpq's default.
        case prefer
        /// Always encrypted, the certificate unchecked (checked against `sslrootcert` when one is given).
        case require
        /// Always encrypted, the certificate signed by a trusted authority, for any host name.
        case verifyCA = "verify-ca"
        /// Always encrypted, the certificate signed by a trusted authority and naming the host connected to.
        case verifyFull = "verify-full"
    }

    package var mode: Mode
    /// The file of the authorities (PEM) the server's certificate must be signed by; the system's when none.
    package var rootCertificateFile: String?

    package static let libpqDefault = PostgresTLS(mode: .prefer, rootCertificateFile: nil)

    /// The options `query` gives, or an error naming the one this program does not take.
    init(query: [URLQueryItem], invalid: (String) -> LedgerError) throws(LedgerError) {
        self = .libpqDefault
        for item in query {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(Mode.init(rawValue:)) else {
                    let modes = Mode.allCases.map(\.rawValue).joined(separator: ", ")
                    throw invalid("its sslmode is not one of \(modes)")
                }
                self.mode = mode
            case "sslrootcert":
                guard let file = item.value, !file.isEmpty else { throw invalid("its sslrootcert names no file") }
                rootCertificateFile = file
            default:
                throw invalid(
                    "it has the option \(item.name), which this program does not take (only sslmode and sslrootcert)")
            }
        }
    }

    private init(mode: Mode, rootCertificateFile: String?) {
        self.mode = mode
        self.rootCertificateFile = rootCertificateFile
    }

    /// What postgres-nio is to do; the authorities' file is read here, so a missing one is said before connecting.
    func connectionTLS() throws(LedgerError) -> PostgresConnection.Configuration.TLS {
        if mode == .disable { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable, .prefer: configuration.certificateVerification = .none
        case .require:
            configuration.certificateVerification = rootCertificateFile == nil ? .none : .noHostnameVerification
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        if let rootCertificateFile {
            guard FileManager.default.isReadableFile(atPath: rootCertificateFile) else {
                throw LedgerError(
                    "read the ledger's sslrootcert", "\(rootCertificateFile) is missing or cannot be read")
            }
            configuration.trustRoots = .file(rootCertificateFile)
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw LedgerError("read the ledger's sslrootcert \(rootCertificateFile ?? "")", error)
        }
        return mode == .prefer ? .prefer(context) : .require(context)
    }
}
