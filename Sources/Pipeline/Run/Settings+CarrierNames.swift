import Outbox
import Settings

extension Settings {
    /// The `carriers` section, as the review files name carriers.
    package var carrierNames: CarrierNames {
        CarrierNames(
            carriers.mapValues {
                CarrierNames.Entry(miraklCode: $0.miraklCode, name: $0.name, trackingURLTemplate: $0.trackingURL)
            })
    }
}
