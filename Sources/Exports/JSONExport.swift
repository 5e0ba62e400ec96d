import Domain
import Foundation

/// A Mirakl JSON export: an OR11 response (`{"orders": [...], "total_count": N}`), an OR15 chunk (`{"orders": [...]}`)
/// or one order object.
///
/// Each order line becomes one line, numbered from 1 in file order.
struct JSONExport: ExportReading {
    let format = "json"
    let fields: [OrderField?] = OrderField.allCases
    private let orders: [[String: Any]]

    init(path: String) throws(ExportError) {
        let object: Any
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ExportError(.malformed, "the file is not valid JSON: \(error.localizedDescription)")
        }
        if let wrapper = object as? [String: Any], let orders = wrapper["orders"] as? [[String: Any]] {
            self.orders = orders
        } else if let order = object as? [String: Any], order["order_id"] != nil {
            self.orders = [order]
        } else {
            throw ExportError(
                .unknownFormat, "the JSON is neither a Mirakl order list ({\"orders\": [...]}) nor an order")
        }
    }

    func forEachLine(_ sink: ExportLineSink) throws -> Int {
        var line = 0
        for order in orders {
            let orderValues = Self.orderLevelValues(order)
            let orderLines = order["order_lines"] as? [[String: Any]] ?? []
            for orderLine in orderLines.isEmpty ? [[:]] : orderLines {
                line += 1
                var values = orderValues
                for field in OrderField.allCases where !field.isOrderLevel {
                    values[field] = Self.text(orderLine[field.rawValue])
                }
                try sink(line, values[.orderID] ?? "", fields.map { $0.flatMap { values[$0] } ?? "" })
            }
        }
        return line
    }

    private static func orderLevelValues(_ order: [String: Any]) -> [OrderField: String] {
        let customer = order["customer"] as? [String: Any] ?? [:]
        let address = customer["shipping_address"] as? [String: Any] ?? [:]
        var values: [OrderField: String] = [:]
        for field in OrderField.allCases where field.isOrderLevel {
            let name = field.rawValue
            if name.hasPrefix("customer.shipping_address.") {
                values[field] = text(address[String(name.dropFirst("customer.shipping_address.".count))])
            } else if field == .email {
                values[field] = text(customer["email"]) ?? text(order["customer_notification_email"])
            } else {
                values[field] = text(order[name])
            }
        }
        return values
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string.isEmpty ? nil : string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
