import Foundation
import Hummingbird

/// Creates per reference at one simulator, so that callers can prove nothing was booked twice.
struct CreateCounts: Sendable {
    private(set) var byReference: [String: Int] = [:]

    mutating func record(reference: String) { byReference[reference, default: 0] += 1 }

    func count(reference: String) -> Int { byReference[reference] ?? 0 }

    var total: Int { byReference.values.reduce(0, +) }

    /// References created more than once, sorted.
    var duplicates: [String] { byReference.filter { $0.value > 1 }.map(\.key).sorted() }

    /// The answer of `GET /_simulator/stats`: `{"creates": {reference: count}, "total": n}`.
    var statsResponse: Response {
        let json =
            (try? JSONSerialization.data(
                withJSONObject: ["creates": byReference, "total": total], options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
}
