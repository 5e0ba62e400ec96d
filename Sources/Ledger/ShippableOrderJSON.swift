import Domain

/// The JSON kept in `order.shippable`, written by hand: Foundation's `JSONEncoder` cost intake more per order than
/// all its SQL. The keys are those `ShippableOrder`'s `Decodable` conformance reads back.
enum ShippableOrderJSON {
    static func text(_ order: ShippableOrder) -> String {
        var json = JSONText()
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

/// A JSON object under construction: members are appended in order, commas placed as needed.
private struct JSONText {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init() {
        bytes.reserveCapacity(512)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    mutating func member(_ name: StaticString, string value: String) {
        key(name)
        appendQuoted(value)
        needsComma = true
    }

    /// `number` is Swift's description of an integer or a finite `Double`, which is valid JSON.
    mutating func member(_ name: StaticString, number: String) {
        key(name)
        bytes.append(contentsOf: number.utf8)
        needsComma = true
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
