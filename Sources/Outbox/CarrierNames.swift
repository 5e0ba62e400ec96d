/// How carriers are named towards Mirakl and people: the configuration's `carriers` section.
public struct CarrierNames: Sendable {
    public struct Entry: Sendable {
        public var miraklCode: String
        public var name: String
        /// `{tracking}` is replaced by the tracking number.
        public var trackingURLTemplate: String

        public init(miraklCode: String, name: String, trackingURLTemplate: String) {
            self.miraklCode = miraklCode
            self.name = name
            self.trackingURLTemplate = trackingURLTemplate
        }
    }

    public var entries: [String: Entry]

    public init(_ entries: [String: Entry]) {
        self.entries = entries
    }

    public func miraklCode(_ carrier: String) -> String { entries[carrier]?.miraklCode ?? carrier.uppercased() }

    public func name(_ carrier: String) -> String { entries[carrier]?.name ?? carrier }

    public func trackingURL(carrier: String?, trackingNumber: String?) -> String {
        guard let carrier, let trackingNumber, let template = entries[carrier]?.trackingURLTemplate else { return "" }
        return template.replacingOccurrences(of: "{tracking}", with: trackingNumber)
    }
}
