/// An order that passed validation and can be routed and posted.
package struct ShippableOrder: Sendable, Equatable, Decodable {
    package var orderID: String
    package var recipient: Address
    /// Total weight of the parcel, from the export, the SKU table or the default.
    package var weightKg: Double
    package var parcelCount: Int
    package var itemCount: Int
    package var contents: String
    package var shippingTypeCode: String
    package var shippingZoneCode: String
    package var totalAmount: String
    package var currency: String

    package init(
        orderID: String, recipient: Address, weightKg: Double, parcelCount: Int = 1, itemCount: Int,
        contents: String, shippingTypeCode: String = "", shippingZoneCode: String = "",
        totalAmount: String = "", currency: String = ""
    ) {
        self.orderID = orderID
        self.recipient = recipient
        self.weightKg = weightKg
        self.parcelCount = parcelCount
        self.itemCount = itemCount
        self.contents = contents
        self.shippingTypeCode = shippingTypeCode
        self.shippingZoneCode = shippingZoneCode
        self.totalAmount = totalAmount
        self.currency = currency
    }
}
