import Domain
import Foundation
import Yams

/// Reads `Settings` from the YAML configuration file.
package enum SettingsFile {
    /// The settings in `path`.
    ///
    /// A missing file is an error only when `isRequired` (the user named it).
    package static func load(path: String, isRequired: Bool) throws(SettingsError) -> Settings {
        guard FileManager.default.fileExists(atPath: path) else {
            if isRequired { throw SettingsError(path: path, message: "the configuration file does not exist") }
            return Settings()
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SettingsError(path: path, message: "cannot be read: \(error.localizedDescription)")
        }
        return try parse(text, path: path)
    }

    package static func parse(_ text: String, path: String) throws(SettingsError) -> Settings {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw SettingsError(path: path, message: "is not valid YAML: \(error)")
        }
        guard let node else { return Settings() }
        var reader = SettingsReader(path: path)
        return try reader.settings(from: node)
    }
}

/// A configuration file that cannot be used, with the key at fault.
package struct SettingsError: Error, Sendable, CustomStringConvertible {
    package var path: String
    package var message: String

    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    package var description: String { "\(path): \(message)" }
}
