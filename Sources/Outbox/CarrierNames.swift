/// How carriers are named towards Mirakl and people: the configuration's `carriers` section.
public struct CarrierNames: Sendable {
    public struct Entry: Sendable {
        public var miraklCode: String
        public var name: String
        /// `{tracking}` is replaced by the tracking number.
        public var trackingURLTemplate: String {
            didSet { trackingURLParts = trackingURLTemplate.components(separatedBy: Self.placeholder) }
        }
        /// The template cut at each `{tracking}`: joined with a tracking number at a tenth of the cost of a search
        /// and replace, which showed in the tracking file and the orders view (a URL per row).
        fileprivate private(set) var trackingURLParts: [String]

        private static let placeholder = "{tracking}"

        public init(miraklCode: String, name: String, trackingURLTemplate: String) {
            self.miraklCode = miraklCode
            self.name = name
            self.trackingURLTemplate = trackingURLTemplate
            trackingURLParts = trackingURLTemplate.components(separatedBy: Self.placeholder)
        }
    }

    public var entries: [String: Entry]

    public init(_ entries: [String: Entry]) {
        self.entries = entries
    }

    public func miraklCode(_ carrier: String) -> String { entries[carrier]?.miraklCode ?? carrier.uppercased() }

    public func name(_ carrier: String) -> String { entries[carrier]?.name ?? carrier }

    public func trackingURL(carrier: String?, trackingNumber: String?) -> String {
        guard let carrier, let trackingNumber, let parts = entries[carrier]?.trackingURLParts else { return "" }
        return parts.joined(separator: trackingNumber)
    }
}
