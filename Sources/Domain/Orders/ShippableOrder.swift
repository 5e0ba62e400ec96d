/// An order that passed validation and can be routed and posted.
public struct ShippableOrder: Sendable, Equatable, Decodable {
    public var orderID: String
    public var recipient: Address
    /// Total weight of the parcel, from the export, the SKU table or the default.
    public var weightKg: Double
    public var parcelCount: Int
    public var itemCount: Int
    public var contents: String
    public var shippingTypeCode: String
    public var shippingZoneCode: String
    public var totalAmount: String
    public var currency: String

    public init(
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
