import Foundation

/// This process as the other processes working on a shared root see it: a host and a process id.
package enum ThisProcess {
    /// The host's name, anything but ASCII letters, digits, `-` and `.` replaced by `_`: safe in a file name.
    package static let host = String(
        ProcessInfo.processInfo.hostName.map {
            $0.isASCII && ($0.isLetter || $0.isNumber || "-.".contains($0)) ? $0 : "_"
        })

    package static var pid: Int { Int(getpid()) }

    /// Whether the process `pid` of this host runs.
    package static func isRunning(_ pid: Int) -> Bool {
        kill(pid_t(pid), 0) == 0 || errno == EPERM
    }
}
