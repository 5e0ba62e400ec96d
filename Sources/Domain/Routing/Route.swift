/// The carrier service an order ships with.
package struct Route: Sendable, Equatable, Codable {
    package var carrier: String
    package var service: String

    package init(carrier: String, service: String) {
        self.carrier = carrier
        self.service = service
    }
}
