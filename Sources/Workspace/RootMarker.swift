import Foundation

/// The root's identity: a random id in `.orchestrator-root`, written once, when the root is first set up.
///
/// A process reads it when it starts and before each pass: a root without it, or with another, is not the folder the
/// process started on. Its network share was unmounted, leaving the empty mount point, or another was mounted there.
/// Nothing is then written into it (no folder made, no file taken) until the root is back: files written into a bare
/// mount point would vanish from sight once the share returns over them.
package struct RootMarker: Sendable, Equatable {
    package let id: String

    package static let fileName = ".orchestrator-root"

    /// The marker of the root at `layout`; nil when it has none (or the root cannot be read).
    package static func read(_ layout: RootLayout) -> RootMarker? {
        guard let text = try? String(contentsOfFile: path(in: layout), encoding: .utf8),
            let id = text.split(separator: "\n").first.map(String.init), !id.isEmpty
        else { return nil }
        return RootMarker(id: id)
    }

    /// The root's marker, written first when it has none.
    package static func establish(_ layout: RootLayout) throws(FileSystemError) -> RootMarker {
        let made = RootMarker(id: UUID().uuidString.lowercased())
        let text =
            made.id + "\n" + "This folder is an Orchestrator root. Orchestrator checks this file before each "
            + "pass and writes nothing here when it is missing (a network share unmounted); do not delete it.\n"
        if try AtomicFile.createExactly(path(in: layout), data: Data(text.utf8)) { return made }
        guard let existing = read(layout) else {
            throw FileSystemError("read", path: path(in: layout), errno: EIO)
        }
        return existing
    }

    private static func path(in layout: RootLayout) -> String { layout.root + "/" + fileName }
}

/// The root is not the folder this process started on.
package struct RootGone: Error, Sendable, CustomStringConvertible {
    package let root: String

    package var description: String {
        "\(root) is not the root this process started on: its \(RootMarker.fileName) is missing or another's "
            + "(the network share it lives on unmounted, or another mounted there?); nothing is written there until "
            + "it is back"
    }
}

extension RootLayout {
    /// Throws unless the root still holds `marker`.
    package func requireInPlace(_ marker: RootMarker) throws(RootGone) {
        guard RootMarker.read(self) == marker else { throw RootGone(root: root) }
    }
}
