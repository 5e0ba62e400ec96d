/// Why an order cannot be shipped as exported: the line, the field and a reason a person can act on.
package struct ValidationProblem: Sendable, Equatable, Codable {
    /// The source line the problem was found on.
    package var line: Int
    /// The canonical field name (`customer.shipping_address.zip_code`), or empty for the order as a whole.
    package var field: String
    package var reason: String

    package init(line: Int, field: String, reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }
}
