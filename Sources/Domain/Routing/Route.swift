/// The carrier service an order ships with.
public struct Route: Sendable, Equatable, Codable {
    public var carrier: String
    public var service: String

    public init(carrier: String, service: String) {
        self.carrier = carrier
        self.service = service
    }
}
