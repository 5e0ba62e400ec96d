import Carriers
import Domain
import Settings

/// Builds the carrier request for a validated order: the configured sender, the order's recipient.
enum ShipmentRequestBuilder {
    /// Longest description of the contents sent to a carrier.
    static let contentsLimit = 60

    static func request(for order: ShippableOrder, service: String, sender: Settings.Sender) -> ShipmentRequest {
        let recipient = order.recipient
        return ShipmentRequest(
            reference: order.orderID,
            serviceCode: service,
            sender: Party(
                name: sender.name, street: sender.street, city: sender.city, postalCode: sender.postalCode,
                countryCode: CountryCode(sender.country)?.alpha2 ?? sender.country, phone: sender.phone),
            recipient: Party(
                name: recipient.name, contactPerson: recipient.company == recipient.name ? "" : recipient.company,
                street: recipient.street, city: recipient.city, postalCode: recipient.postalCode,
                countryCode: recipient.country.alpha2, phone: recipient.phone, email: recipient.email),
            parcelCount: order.parcelCount,
            weightKg: order.weightKg,
            contents: String(order.contents.prefix(contentsLimit))
        )
    }
}
