import Domain
import JSONWriting

/// The JSON kept in `order.shippable`, written by hand: Foundation's `JSONEncoder` cost intake more per order than all
/// its SQL.
///
/// The keys are those `ShippableOrder`'s `Decodable` conformance reads back.
package enum ShippableOrderJSON {
    package static func text(_ order: ShippableOrder) -> String {
        var json = JSONWriter()
        json.open()
        json.member("orderID", string: order.orderID)
        json.key("recipient")
        json.open()
        json.member("name", string: order.recipient.name)
        json.member("company", string: order.recipient.company)
        json.member("street", string: order.recipient.street)
        json.member("city", string: order.recipient.city)
        json.member("postalCode", string: order.recipient.postalCode)
        json.key("country")
        json.open()
        json.member("alpha2", string: order.recipient.country.alpha2)
        json.close()
        json.member("phone", string: order.recipient.phone)
        json.member("email", string: order.recipient.email)
        json.close()
        json.member("weightKg", number: "\(order.weightKg)")
        json.member("parcelCount", number: "\(order.parcelCount)")
        json.member("itemCount", number: "\(order.itemCount)")
        json.member("contents", string: order.contents)
        json.member("shippingTypeCode", string: order.shippingTypeCode)
        json.member("shippingZoneCode", string: order.shippingZoneCode)
        json.member("totalAmount", string: order.totalAmount)
        json.member("currency", string: order.currency)
        json.close()
        return json.text
    }
}
