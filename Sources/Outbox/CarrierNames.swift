/// How carriers are named towards Mirakl and people: the configuration's `carriers` section.
package struct CarrierNames: Sendable {
    package struct Entry: Sendable {
        package var miraklCode: String
        package var name: String
        /// `{tracking}` is replaced by the tracking number.
        package var trackingURLTemplate: String {
            didSet { trackingURLParts = trackingURLTemplate.components(separatedBy: Self.placeholder) }
        }
        /// The template cut at each `{tracking}`: joined with a tracking number at a tenth of the cost of a search
        /// and replace, which showed in the tracking file and the orders view (a URL per row).
        fileprivate private(set) var trackingURLParts: [String]

        private static let placeholder = "{tracking}"

        package init(miraklCode: String, name: String, trackingURLTemplate: String) {
            self.miraklCode = miraklCode
            self.name = name
            self.trackingURLTemplate = trackingURLTemplate
            trackingURLParts = trackingURLTemplate.components(separatedBy: Self.placeholder)
        }
    }

    package var entries: [String: Entry]

    package init(_ entries: [String: Entry]) {
        self.entries = entries
    }

    package func miraklCode(_ carrier: String) -> String { entries[carrier]?.miraklCode ?? carrier.uppercased() }

    package func name(_ carrier: String) -> String { entries[carrier]?.name ?? carrier }

    package func trackingURL(carrier: String?, trackingNumber: String?) -> String {
        guard let carrier, let trackingNumber, let parts = entries[carrier]?.trackingURLParts else { return "" }
        return parts.joined(separator: trackingNumber)
    }
}
