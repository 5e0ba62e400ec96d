import Foundation

/// Writes synthetic Mirakl CSV exports of any size: valid orders (in `SHIPPING` unless told otherwise), Spanish,
/// Portuguese and French addresses, one or two lines per order, streamed to disk so that a 1 GB export needs no
/// memory.
package struct ExportGenerator: Sendable {
    package static let header =
        "order_id;order_line_id;order_state;offer_sku;product_title;quantity;total_price;"
        + "currency_iso_code;customer.shipping_address.firstname;customer.shipping_address.lastname;"
        + "customer.shipping_address.street_1;customer.shipping_address.zip_code;customer.shipping_address.city;"
        + "customer.shipping_address.country_iso_code;customer.shipping_address.phone;weight_kg\n"

    private static let places = [
        ("Calle de Alcalá 128", "28009", "Madrid", "ES"),
        ("Carrer de Mallorca 401", "08013", "Barcelona", "ES"),
        ("Avenida de la Constitución 5", "41004", "Sevilla", "ES"),
        ("Rua Augusta 274", "1100-053", "Lisboa", "PT"),
        ("12 rue de Lübeck", "75116", "Paris", "FR"),
    ]

    /// Prefix of every order id, so that exports generated for different tests never share orders.
    package var orderPrefix: String
    /// Mirakl's state of every order (`WAITING_ACCEPTANCE`: recorded as skipped, never posted).
    package var orderState: String

    package init(orderPrefix: String = "GEN", orderState: String = "SHIPPING") {
        self.orderPrefix = orderPrefix
        self.orderState = orderState
    }

    package func orderID(_ index: Int) -> String { "\(orderPrefix)-\(index)" }

    /// The lines of order `index` (1 or 2 lines).
    package func lines(ofOrder index: Int) -> String {
        let (street, zip, city, country) = Self.places[index % Self.places.count]
        var text = ""
        for line in 1...(index % 3 == 0 ? 2 : 1) {
            text +=
                "\(orderID(index));\(orderID(index))-\(line);\(orderState);SKU-\(index % 97);Artículo número \(index);"
                + "\(line);\(10 + index % 50).90;EUR;Nombre\(index);Apellido Pérez;\(street);\(zip);\(city);"
                + "\(country);+34 600 \(100_000 + index % 900_000);0.\(1 + index % 9)\n"
        }
        return text
    }

    /// The whole export of orders `range`, as text (for small tests).
    package func export(orders range: Range<Int>) -> String {
        Self.header + range.map(lines(ofOrder:)).joined()
    }

    /// Writes an export of about `bytes` bytes (whole orders) to `path`; returns the number of orders written.
    @discardableResult
    package func write(toPath path: String, approximateBytes bytes: Int) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = Data(Self.header.utf8)
        var written = 0
        var orders = 0
        while written + buffer.count < bytes {
            buffer.append(contentsOf: lines(ofOrder: orders).utf8)
            orders += 1
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        return orders
    }
}
