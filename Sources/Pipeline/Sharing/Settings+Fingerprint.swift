import Crypto
import Foundation
import Settings

extension Settings {
    /// The SHA-256 of the settings as the configuration file would write them: the same for two files that differ
    /// only in comments, layout or defaults spelled out.
    package var fingerprint: String {
        SHA256.hash(data: Data(SettingsWriter.yaml(self).utf8)).hex
    }
}
